"""PDF's own names: the standard document properties, annotation keys and subtypes, object types, and
the names of the specification and of common producers. They may appear in a location, and the safety
net leaves them out of the text; any other name was chosen by whoever made the file and is read as text.
"""

from __future__ import annotations

import re

from pypdf.generic import DictionaryObject

_STANDARD_PROPERTIES = {
    "Title", "Author", "Subject", "Keywords", "Creator", "Producer", "CreationDate", "ModDate", "Trapped"
}  # fmt: skip
# Keys that may appear in a location (they are PDF's own names, never the author's).
_ANNOTATION_KEYS = {
    "Contents", "T", "Subj", "NM", "RC", "DA", "DS", "M", "CreationDate", "A", "AA", "FS", "Name", "IT",
    "RT", "Dest", "MK", "TU", "TM", "V", "DV", "Opt", "Sound", "Movie", "Lang", "ExData", "PA", "BS",
    "OC", "AF", "State", "StateModel", "Subtype", "Type", "Open", "Ff", "Q", "Parent", "Popup", "IRT",
    "CL", "LE", "IC", "Border", "Rect", "C", "F", "H", "QuadPoints", "Vertices", "InkList", "RD", "Tabs",
}  # fmt: skip
_ANNOTATION_SUBTYPES = {
    "/Text", "/Link", "/FreeText", "/Line", "/Square", "/Circle", "/Polygon", "/PolyLine", "/Highlight",
    "/Underline", "/Squiggly", "/StrikeOut", "/Caret", "/Stamp", "/Ink", "/Popup", "/FileAttachment",
    "/Sound", "/Movie", "/Screen", "/Widget", "/PrinterMark", "/TrapNet", "/Watermark", "/3D",
    "/Redact", "/Projection", "/RichMedia",
}  # fmt: skip
_BOUNDARY_TYPES = {"/Page", "/Pages", "/Catalog", "/Annot", "/Template"}
_BACK_REFERENCES = {"/Parent", "/Pg", "/Popup", "/IRT"}
_FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")
_OUTLINE_LINKS = ("/First", "/Last", "/Next", "/Prev", "/Parent")

# PDF's own names, left out of "unusual names" so the safety net shows what an author put there.
_KNOWN_NAMES = frozenset({
    "BPC", "RGB", "CMYK", "IM",  # inline images' abbreviations
    "3D", "A", "A85", "AA", "Accepted", "AcroForm", "ActualText", "ADBE", "adbe.pkcs7.detached",
    "adbe.pkcs7.sha1", "adbe.x509.rsa_sha1", "Adobe", "Adobe.PPKLite", "Adobe.PPKMS", "AF",
    "AFRelationship", "AHx", "AIS", "AllPages", "Alpha", "Alt", "Alternate", "Alternative", "Annot",
    "Annots", "AntiAlias", "AP", "App", "Approved", "Arial", "Arial-BoldMT", "ArialMT", "Art", "Artifact",
    "AS", "Ascent", "ASCII85Decode", "ASCIIHexDecode", "AsIs", "Associated", "Author", "AvgWidth", "B",
    "Background", "BaseEncoding", "BaseFont", "BaseState", "BaseVersion", "BBox", "Beveled", "BG", "BG2",
    "BibEntry", "BitsPerComponent", "BitsPerCoordinate", "BitsPerFlag", "BitsPerSample", "Bl", "BlackIs1",
    "BlackPoint", "BleedBox", "BlockQuote", "BM", "Border", "Bs", "BS", "Btn", "Butt", "ByteRange", "C",
    "ca", "CA", "Ca", "CalCMYK", "CalGray", "Calibri", "CalRGB", "Cambria", "Cancelled", "CapHeight",
    "Caption", "Caret", "Catalog", "Category", "CCF", "CCITTFaxDecode", "Ch", "CharProcs", "CharSet",
    "Checked", "CheckSum", "CI", "CIDFontType0", "CIDFontType0C", "CIDFontType2", "CIDSet", "CIDSystemInfo",
    "CIDToGIDMap", "Circle", "CL", "Cl", "Closed", "ClosedArrow", "CMap", "CMapName", "Code", "Collection",
    "Color", "ColorBurn", "ColorDodge", "Colors", "ColorSpace", "ColorTransform", "Columns", "Comment",
    "Compatible", "Completed", "Confidential", "Contents", "Coords", "Count", "Courier", "Courier-Bold",
    "Courier-BoldOblique", "Courier-Oblique", "CourierNew", "CreationDate", "Creator", "CropBox", "Cross",
    "Crypt", "CS", "Cs", "D", "D0", "DA", "DamagedRowsBeforeError", "Darken", "Dashed", "Data", "DCT",
    "DCTDecode", "Decode", "DecodeParms", "Default", "Departmental", "Desc", "DescendantFonts", "Descent",
    "Design", "Dest", "DestOutputProfile", "Dests", "DeviceCMYK", "DeviceGray", "DeviceN", "DeviceRGB",
    "Diamond", "Difference", "Differences", "Div", "DocMDP", "Document", "Domain", "DOS", "Dot", "DP",
    "DPart", "DR", "Draft", "DS", "DV", "DW", "DW2", "E", "EarlyChange", "EF", "Ellipse", "EmbeddedFile",
    "EmbeddedFiles", "Encode", "EncodedByteAlign", "Encoding", "Encrypt", "EncryptedPayload", "EndOfBlock",
    "EndOfLine", "ETSI.CAdES.detached", "ETSI.RFC3161", "Euclidean", "Event", "Exclusion", "Experimental",
    "Expired", "Export", "Extend", "ExtensionLevel", "Extensions", "ExtGState", "F", "False", "Ff",
    "FieldMDP", "Fields", "Figure", "FileAttachment", "Filespec", "Filter", "Final", "First", "FirstChar",
    "FirstPage", "Fit", "FitB", "FitBH", "FitBV", "FitH", "FitR", "FitV", "FL", "Fl", "Flags",
    "FlateDecode", "Font", "FontBBox", "FontDescriptor", "FontFamily", "FontFile", "FontFile2", "FontFile3",
    "FontMatrix", "FontName", "FontStretch", "FontWeight", "ForComment", "Form", "FormData", "FormType",
    "Formula", "ForPublicRelease", "FreeText", "Frequency", "FS", "FT", "FullScreen", "Function",
    "Functions", "FunctionType", "Gamma", "GoTo", "GoTo3DView", "GoToE", "GoToR", "Graph", "Group",
    "GTS_PDFA1", "GTS_PDFX", "H", "H1", "H2", "H3", "H4", "H5", "H6", "Halftone", "HalftoneType",
    "HardLight", "Height", "Help", "Helv", "Helvetica", "Helvetica-Bold", "Helvetica-BoldOblique",
    "Helvetica-Oblique", "Hide", "Highlight", "HT", "Hue", "I", "IC", "ICCBased", "ID", "Identity",
    "Identity-H", "Identity-V", "Image", "ImageB", "ImageC", "ImageI", "ImageMask", "ImportData", "Index",
    "Indexed", "Info", "Ink", "InkList", "Insert", "Inset", "Intent", "Interpolate", "IRT", "IT",
    "ItalicAngle", "JavaScript", "JBIG2Decode", "JPXDecode", "JS", "Justify", "K", "Key", "Keywords",
    "Kids", "L", "Lab", "Lang", "Language", "Last", "LastChar", "LastModified", "LastPage", "Launch",
    "Layout", "Lbl", "LBody", "LC", "LE", "Leading", "Legal", "Length", "Length1", "Length2", "Length3",
    "LI", "Lighten", "Limits", "Line", "Link", "LinkAnnot", "ListMode", "LJ", "Lock", "Luminosity", "LW",
    "LZW", "LZWDecode", "M", "Mac", "MacRomanEncoding", "Marked", "MarkInfo", "Mask", "Matrix", "Matte",
    "MaxWidth", "Measure", "MediaBox", "Metadata", "Mic", "MissingWidth", "MK", "ML", "ModDate", "Movie",
    "Multiply", "N", "Name", "Named", "Names", "NeedAppearances", "NeedsRendering", "NewParagraph", "Next",
    "NextPage", "NM", "None", "NonStruct", "Normal", "NotApproved", "Note", "NotForPublicRelease", "Nums",
    "O", "ObjStm", "OC", "OCG", "OCGs", "OCMD", "OCProperties", "OCUsage", "OFF", "Off", "ON", "OneColumn",
    "op", "OP", "Open", "OpenAction", "OpenArrow", "OPM", "Opt", "Order", "Ordering", "Outlines",
    "OutputConditionIdentifier", "OutputIntent", "OutputIntents", "Overlay", "P", "Page", "PageLabels",
    "PageLayout", "PageMode", "Pages", "Pagination", "PaintType", "Paperclip", "Paragraph", "Params",
    "Parent", "ParentTree", "ParentTreeNextKey", "Part", "Pattern", "PatternType", "Pause", "PDF",
    "Perceptual", "Perms", "PieceInfo", "Play", "Polygon", "PolyLine", "Popup", "Predictor", "PresSteps",
    "Prev", "PrevPage", "Print", "PrinterMark", "Private", "PrivateData", "ProcSet", "Producer",
    "Projection", "Prop_AuthTime", "Prop_AuthType", "Prop_Build", "Properties", "PushPin", "PZ", "Q",
    "QuadPoints", "Quote", "R", "Range", "RC", "RClosedArrow", "RD", "Rect", "Redact", "Reference",
    "Registry", "RegistryName", "Rejected", "RelativeColorimetric", "Rendition", "Requirements",
    "ResetForm", "Resources", "ReverseOChars", "Review", "RF", "RI", "Ri", "RichMedia", "RL", "RoleMap",
    "Root", "ROpenArrow", "Rotate", "Round", "Rows", "Rq", "RT", "RunLengthDecode", "S", "SA", "Saturation",
    "Sc", "Schema", "Screen", "Sect", "Separation", "SeparationInfo", "SetOCGState", "Shading",
    "ShadingType", "Sig", "SigFlags", "SigRef", "SimpleDot", "SinglePage", "Size", "Slash", "Slider", "SM",
    "SMask", "SoftLight", "Sold", "Solid", "Sound", "Source", "Span", "Speaker", "SpiderInfo",
    "SpotFunction", "Square", "Squiggly", "Stamp", "Standard", "StandardEncoding", "State", "StateModel",
    "StemH", "StemV", "Stop", "StrikeOut", "StructParent", "StructParents", "StructTreeRoot", "Sub",
    "SubFilter", "Subj", "Subject", "SubmitForm", "Subtype", "Supplement", "Symbol", "T", "Table", "Tabs",
    "Tag", "TBody", "TD", "TemplateInstantiated", "Text", "TFoot", "TH", "THead", "Thread", "Threads",
    "Threshold", "Thumb", "TilingType", "Times-Bold", "Times-BoldItalic", "Times-Italic", "Times-Roman",
    "TimesNewRomanPSMT", "Title", "TK", "TOC", "TOCI", "TopSecret", "ToUnicode", "TR", "TR2", "Trans",
    "TransformMethod", "TransformParams", "Transparency", "TrapNet", "Trapped", "TrimBox", "True",
    "TrueType", "TU", "TwoColumnLeft", "TwoColumnRight", "TwoPageLeft", "TwoPageRight", "Tx", "Type",
    "Type0", "Type1", "Type1C", "Type3", "U", "UCR", "UCR2", "UF", "Unchanged", "Unchecked", "Underline",
    "Unix", "Unknown", "Unmarked", "Unspecified", "UR", "UR3", "URI", "Usage", "UseAttachments", "UseNone",
    "UseOC", "UseOutlines", "User", "UserUnit", "UseThumbs", "V", "Version", "Vertices", "View",
    "ViewerPreferences", "VisiblePages", "VP", "W", "W2", "Watermark", "WhitePoint", "Widget", "Width",
    "Widths", "WinAnsiEncoding", "WMode", "X", "XFA", "XHeight", "XML", "XObject", "XRef", "XRefStm",
    "XStep", "XYZ", "Yes", "YStep", "ZaDb", "ZapfDingbats", "Zoom",
})  # fmt: skip
_RESOURCE_NAME = re.compile(r"[A-Za-z]{1,5}[0-9][A-Za-z0-9_.]*")  # F1, Im12, GS0, T1_0, MC3 ...


def _known_name(name: str) -> bool:
    bare = name[1:] if name.startswith("/") else name
    return bare in _KNOWN_NAMES or bool(_RESOURCE_NAME.fullmatch(bare)) or len(bare) <= 2


def _is_annotation(node: DictionaryObject) -> bool:
    return node.get("/Subtype") in _ANNOTATION_SUBTYPES and "/Rect" in node

"""Word documents that carry a text (a name, a marker) in one place each: a comment's author, a
footnote, a text box, a tracked insertion, a custom property, a picture's alt text, a link's target...

Each builder takes the text and returns the bytes of a DOCX that Word opens. python-docx writes what it
can (comments, headers and footers of every kind, core properties, pictures); the rest is raw OOXML
edited into the package (zip members rewritten), as Word itself writes it. Used by the reader's tests
(tests/unit/test_reader_docx.py) and by anyone testing what leaves the vault: ``CASES`` maps a case's
name to its builder; ``EMBEDDED_CASES`` are those where the text sits in a file inside the document
(read by another reader), not in the document's own XML.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from xml.sax.saxutils import escape

import docx
from docx.shared import Inches

from tests import media

NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_DOCUMENT = "word/document.xml"
_DOCUMENT_RELS = "word/_rels/document.xml.rels"
_W = f'xmlns:w="{NS_W}"'
_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

Builder = Callable[[str], bytes]


def _x(text: str) -> str:
    """``text`` escaped for XML text or a double-quoted attribute."""
    return escape(text, {'"': "&quot;"})


def base(paragraphs: tuple[str, ...] = ("Report on the consignment.",)) -> bytes:
    """A plain DOCX (python-docx's template) with some neutral text."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    return _save(document)


def _save(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _read(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name).decode("utf-8")


def _parts(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.namelist()


def edit(data: bytes, name: str, change: Callable[[str], str]) -> bytes:
    """``data`` with the XML part ``name`` rewritten by ``change``."""
    return media.rezip(data, replace={name: change(_read(data, name)).encode("utf-8")})


def in_body(data: bytes, xml: str) -> bytes:
    """``data`` with ``xml`` (paragraphs, tables: WordprocessingML) added at the end of the body."""

    def insert(document: str) -> str:
        at = document.rindex("<w:sectPr")
        return document[:at] + xml + document[at:]

    return edit(data, _DOCUMENT, insert)


def add_part(
    data: bytes,
    name: str,
    xml: str | bytes,
    *,
    content_type: str | None,
    rel_type: str | None,
    rels: str = _DOCUMENT_RELS,
    rel_id: str = "rIdCase1",
) -> bytes:
    """``data`` plus the part ``name``, declared in [Content_Types].xml and related from ``rels``."""
    payload = xml.encode("utf-8") if isinstance(xml, str) else xml
    data = media.rezip(data, add={name: payload})
    if content_type:
        override = f'<Override PartName="/{name}" ContentType="{content_type}"/>'
        data = edit(data, "[Content_Types].xml", lambda ct: ct.replace("</Types>", override + "</Types>"))
    if rel_type:
        folder = rels.rsplit("_rels/", 1)[0]
        target = name[len(folder) :] if folder and name.startswith(folder) else "/" + name
        data = add_relationship(data, rels, rel_id, rel_type, target)
    return data


def add_relationship(
    data: bytes, rels: str, rel_id: str, rel_type: str, target: str, external: bool = False
) -> bytes:
    mode = ' TargetMode="External"' if external else ""
    rel = f'<Relationship Id="{rel_id}" Type="{rel_type}" Target="{_x(target)}"{mode}/>'
    if rels not in _parts(data):
        xml = f'{_DECLARATION}<Relationships xmlns="{NS_REL}">{rel}</Relationships>'
        return media.rezip(data, add={rels: xml.encode("utf-8")})
    return edit(data, rels, lambda x: x.replace("</Relationships>", rel + "</Relationships>"))


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{_x(text)}</w:t></w:r>'


def _paragraph(*runs: str) -> str:
    return "<w:p>" + "".join(runs) + "</w:p>"


# --- comments ------------------------------------------------------------------------------------------


def comment_author(marker: str) -> bytes:
    document = docx.Document()
    paragraph = document.add_paragraph("The consignment left Goma on 3 May.")
    document.add_comment(paragraph.runs, text="Check the date.", author=marker, initials="XY")
    return _save(document)


def comment_initials(marker: str) -> bytes:
    document = docx.Document()
    paragraph = document.add_paragraph("The consignment left Goma on 3 May.")
    document.add_comment(paragraph.runs, text="Check the date.", author="Reviewer", initials=marker)
    return _save(document)


def comment_text(marker: str) -> bytes:
    document = docx.Document()
    paragraph = document.add_paragraph("The consignment left Goma on 3 May.")
    document.add_comment(paragraph.runs, text=f"Told to us by {marker}.", author="Reviewer", initials="R")
    return _save(document)


def comment_person(marker: str) -> bytes:
    """people.xml (Word 2013+): the comment authors, with their sign-in user id."""
    data = comment_author("Reviewer")
    w15 = "http://schemas.microsoft.com/office/word/2012/wordml"
    people = (
        f'{_DECLARATION}<w15:people xmlns:w15="{w15}">'
        f'<w15:person w15:author="Reviewer"><w15:presenceInfo w15:providerId="AD" '
        f'w15:userId="S::{_x(marker)}@example.org::0f1e"/></w15:person></w15:people>'
    )
    return add_part(
        data,
        "word/people.xml",
        people,
        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml",
        rel_type="http://schemas.microsoft.com/office/2011/relationships/people",
    )


def comment_people_author(marker: str) -> bytes:
    w15 = "http://schemas.microsoft.com/office/word/2012/wordml"
    people = (
        f'{_DECLARATION}<w15:people xmlns:w15="{w15}">'
        f'<w15:person w15:author="{_x(marker)}"><w15:presenceInfo w15:providerId="None" w15:userId="u1"/>'
        "</w15:person></w15:people>"
    )
    return add_part(
        base(),
        "word/people.xml",
        people,
        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml",
        rel_type="http://schemas.microsoft.com/office/2011/relationships/people",
    )


# --- notes -----------------------------------------------------------------------------------------------


def _notes(data: bytes, kind: str, marker: str) -> bytes:
    """A footnote or endnote (``kind``: "footnote", "endnote") holding ``marker``, referenced in the body."""
    separators = (
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
        f"</w:p></w:{kind}>"
    )
    note = (
        f'<w:{kind} w:id="1"><w:p><w:r><w:{kind}Ref/></w:r>'
        f"{_run(' Interview with ')}{_run(marker)}{_run(', 2 May.')}</w:p></w:{kind}>"
    )
    xml = f"{_DECLARATION}<w:{kind}s {_W}>{separators}{note}</w:{kind}s>"
    data = add_part(
        data,
        f"word/{kind}s.xml",
        xml,
        content_type=f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml",
        rel_type=f"{REL}/{kind}s",
        rel_id=f"rId{kind}",
    )
    return in_body(
        data, _paragraph(_run("The source confirmed it."), f'<w:r><w:{kind}Reference w:id="1"/></w:r>')
    )


def footnote(marker: str) -> bytes:
    return _notes(base(), "footnote", marker)


def endnote(marker: str) -> bytes:
    return _notes(base(), "endnote", marker)


# --- text boxes ------------------------------------------------------------------------------------------

_DRAWING_NS = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _drawing_text_box(content: str, *, fallback: bool = True) -> str:
    """A run holding a text box as Word writes it: DrawingML, with a VML copy for older readers."""
    drawing = (
        '<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="1828800" cy="457200"/>'
        '<wp:docPr id="10" name="Text Box 10"/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx><w:txbxContent>'
        f"{content}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
        "</wp:inline></w:drawing>"
    )
    vml = (
        '<w:pict><v:shape id="Text Box 10" style="width:144pt;height:36pt" type="#_x0000_t202">'
        f"<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict>"
    )
    if not fallback:
        return f"<w:r {_DRAWING_NS}>{drawing}</w:r>"
    return (
        f'<w:r {_DRAWING_NS}><mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice>'
        f"<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>"
    )


def text_box(marker: str) -> bytes:
    content = _paragraph(_run("Contact: "), _run(marker))
    return in_body(base(), _paragraph(_run("See the box."), _drawing_text_box(content)))


def text_box_vml(marker: str) -> bytes:
    content = _paragraph(_run(marker))
    vml = (
        f'<w:r {_DRAWING_NS}><w:pict><v:shape id="Box 2" style="width:144pt;height:36pt">'
        f"<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    return in_body(base(), _paragraph(vml))


def text_box_in_table(marker: str) -> bytes:
    content = _paragraph(_run(marker))
    cell = f"<w:tc><w:p>{_drawing_text_box(content, fallback=False)}</w:p></w:tc>"
    table = f"<w:tbl><w:tr><w:tc>{_paragraph(_run('Witness'))}</w:tc>{cell}</w:tr></w:tbl>"
    return in_body(base(), table + "<w:p/>")


# --- tracked changes -------------------------------------------------------------------------------------

_WHEN = 'w:date="2024-05-01T10:00:00Z"'


def tracked_insertion(marker: str) -> bytes:
    inserted = f'<w:ins w:id="901" w:author="Editor" {_WHEN}>{_run(marker)}</w:ins>'
    return in_body(base(), _paragraph(_run("Met with "), inserted, _run(" in Goma.")))


def tracked_insertion_author(marker: str) -> bytes:
    inserted = f'<w:ins w:id="902" w:author="{_x(marker)}" {_WHEN}>{_run("the driver")}</w:ins>'
    return in_body(base(), _paragraph(_run("Met with "), inserted, _run(" in Goma.")))


def tracked_deletion(marker: str) -> bytes:
    deleted = (
        f'<w:del w:id="903" w:author="Editor" {_WHEN}><w:r>'
        f'<w:delText xml:space="preserve">{_x(marker)}</w:delText></w:r></w:del>'
    )
    return in_body(base(), _paragraph(_run("Met with "), deleted, _run("the driver in Goma.")))


def tracked_deletion_author(marker: str) -> bytes:
    deleted = (
        f'<w:del w:id="904" w:author="{_x(marker)}" {_WHEN}><w:r>'
        '<w:delText xml:space="preserve">the driver</w:delText></w:r></w:del>'
    )
    return in_body(base(), _paragraph(_run("Met with "), deleted, _run(" in Goma.")))


def tracked_formatting_author(marker: str) -> bytes:
    run = (
        '<w:r><w:rPr><w:b/><w:rPrChange w:id="905" w:author="'
        f'{_x(marker)}" {_WHEN}><w:rPr/></w:rPrChange></w:rPr><w:t>bold now</w:t></w:r>'
    )
    return in_body(base(), _paragraph(run))


def deletion_split_across_runs(marker: str) -> bytes:
    """The marker deleted, in two runs: only the text as it was before the changes holds it whole."""
    half = len(marker) // 2
    deleted = (
        f'<w:del w:id="906" w:author="Editor" {_WHEN}>'
        f'<w:r><w:delText xml:space="preserve">{_x(marker[:half])}</w:delText></w:r>'
        f'<w:r><w:rPr><w:i/></w:rPr><w:delText xml:space="preserve">{_x(marker[half:])}</w:delText></w:r>'
        "</w:del>"
    )
    return in_body(base(), _paragraph(_run("Met with "), deleted, _run("the driver.")))


def split_across_insertion(marker: str) -> bytes:
    """The marker's first half as it was, its second half inserted: whole in the text as it is now."""
    half = len(marker) // 2
    inserted = f'<w:ins w:id="907" w:author="Editor" {_WHEN}>{_run(marker[half:])}</w:ins>'
    return in_body(base(), _paragraph(_run("Met with " + marker[:half]), inserted, _run(" in Goma.")))


def split_across_runs(marker: str) -> bytes:
    """The marker in three runs with different formatting (as Word writes after edits)."""
    third = max(1, len(marker) // 3)
    runs = (
        _run("Source: ")
        + _run(marker[:third])
        + f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_x(marker[third : 2 * third])}</w:t></w:r>'
        + _run(marker[2 * third :])
    )
    return in_body(base(), _paragraph(runs))


# --- headers and footers ---------------------------------------------------------------------------------


def first_page_header(marker: str) -> bytes:
    document = docx.Document()
    document.add_paragraph("Report on the consignment.")
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = f"Prepared with {marker}"
    return _save(document)


def even_page_footer(marker: str) -> bytes:
    document = docx.Document()
    document.add_paragraph("Report on the consignment.")
    document.settings.odd_and_even_pages_header_footer = True
    document.sections[0].even_page_footer.paragraphs[0].text = f"Copy for {marker}"
    return _save(document)


def default_header_table(marker: str) -> bytes:
    document = docx.Document()
    document.add_paragraph("Report on the consignment.")
    header = document.sections[0].header
    table = header.add_table(rows=1, cols=2, width=Inches(6))
    table.cell(0, 0).text = "Drafted by"
    table.cell(0, 1).text = marker
    return _save(document)


# --- properties ------------------------------------------------------------------------------------------


def core_last_modified_by(marker: str) -> bytes:
    document = docx.Document()
    document.add_paragraph("Report on the consignment.")
    document.core_properties.last_modified_by = marker
    return _save(document)


def core_keywords(marker: str) -> bytes:
    document = docx.Document()
    document.add_paragraph("Report on the consignment.")
    document.core_properties.keywords = f"goma; {marker}; trucks"
    return _save(document)


def app_company(marker: str) -> bytes:
    return edit(
        base(), "docProps/app.xml", lambda x: x.replace("<Company/>", f"<Company>{_x(marker)}</Company>")
    )


def app_manager(marker: str) -> bytes:
    return edit(
        base(), "docProps/app.xml", lambda x: x.replace("<Manager/>", f"<Manager>{_x(marker)}</Manager>")
    )


def app_titles_of_parts(marker: str) -> bytes:
    return edit(
        base(),
        "docProps/app.xml",
        lambda x: x.replace("<vt:lpstr/>", f"<vt:lpstr>Interview {_x(marker)}</vt:lpstr>"),
    )


def _custom(data: bytes, name: str, value: str) -> bytes:
    ns = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
    vt = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
    xml = (
        f'{_DECLARATION}<Properties xmlns="{ns}" xmlns:vt="{vt}">'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Classification">'
        "<vt:lpwstr>Internal</vt:lpwstr></property>"
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="3" name="{_x(name)}">'
        f"<vt:lpwstr>{_x(value)}</vt:lpwstr></property></Properties>"
    )
    return add_part(
        data,
        "docProps/custom.xml",
        xml,
        content_type="application/vnd.openxmlformats-officedocument.custom-properties+xml",
        rel_type=f"{REL}/custom-properties",
        rels="_rels/.rels",
    )


def custom_property_value(marker: str) -> bytes:
    return _custom(base(), "Informant", marker)


def custom_property_name(marker: str) -> bytes:
    return _custom(base(), f"Met {marker}", "yes")


# --- pictures, links, fields, settings -------------------------------------------------------------------


def _with_picture(picture: bytes) -> docx.document.Document:
    document = docx.Document()
    document.add_paragraph("Photograph of the crates.")
    document.add_picture(io.BytesIO(picture), width=Inches(2))
    return document


def picture_alt_text(marker: str) -> bytes:
    data = _save(_with_picture(media.png(64, 48)))
    return edit(
        data, _DOCUMENT, lambda x: x.replace("<wp:docPr ", f'<wp:docPr descr="Photo by {_x(marker)}" ', 1)
    )


def picture_title(marker: str) -> bytes:
    data = _save(_with_picture(media.png(64, 48)))
    return edit(data, _DOCUMENT, lambda x: x.replace("<wp:docPr ", f'<wp:docPr title="{_x(marker)}" ', 1))


def picture_original_name(marker: str) -> bytes:
    """Word keeps the inserted file's name as the picture's name (pic:cNvPr)."""
    data = _save(_with_picture(media.png(64, 48)))
    return edit(
        data,
        _DOCUMENT,
        lambda x: x.replace('<pic:cNvPr id="0" name="', f'<pic:cNvPr id="0" name="{_x(marker)}', 1),
    )


def vml_alt_text(marker: str) -> bytes:
    shape = (
        f'<w:r {_DRAWING_NS}><w:pict><v:shape id="Shape 5" style="width:50pt;height:50pt" '
        f'alt="{_x(marker)}"><v:fill color="red"/></v:shape></w:pict></w:r>'
    )
    return in_body(base(), _paragraph(shape))


def embedded_picture(marker: str) -> bytes:
    """A JPEG whose EXIF Artist is ``marker``: the text is in the picture file, not in the XML."""
    info = media.exif()
    info[0x013B] = marker
    return _save(_with_picture(media.jpeg(64, 48, exif_data=info)))


def embedded_document(marker: str) -> bytes:
    """A Word document embedded as an OLE package part (word/embeddings), holding ``marker`` in its body."""
    inner = base((f"Notes of the meeting with {marker}.",))
    return add_part(
        base(),
        "word/embeddings/Microsoft_Word_Document1.docx",
        inner,
        content_type=None,
        rel_type=f"{REL}/package",
        rel_id="rIdPackage1",
    )


def part_named_after(marker: str) -> bytes:
    """A picture part whose file name is ``marker`` (a name chosen by whoever built the file)."""
    return media.rezip(base(), add={f"word/media/{marker}.png": media.png(32, 24)})


def hyperlink_target(marker: str) -> bytes:
    target = f"https://example.org/people/{marker}"
    data = add_relationship(base(), _DOCUMENT_RELS, "rIdLink1", f"{REL}/hyperlink", target, external=True)
    link = f'<w:hyperlink r:id="rIdLink1" xmlns:r="{NS_R}">{_run("the profile")}</w:hyperlink>'
    return in_body(data, _paragraph(_run("See "), link))


def hyperlink_tooltip(marker: str) -> bytes:
    link = f'<w:hyperlink w:anchor="top" w:tooltip="{_x(marker)}">{_run("top")}</w:hyperlink>'
    return in_body(base(), _paragraph(link))


def field_instruction(marker: str) -> bytes:
    path = f"C:\\\\Users\\\\{marker}\\\\notes.docx"
    runs = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> INCLUDETEXT "{_x(path)}" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{_run('(included text)')}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    return in_body(base(), _paragraph(runs))


def simple_field(marker: str) -> bytes:
    instruction = f' HYPERLINK "mailto:{marker}@example.org" '
    field = f'<w:fldSimple w:instr="{_x(instruction)}">{_run("mail")}</w:fldSimple>'
    return in_body(base(), _paragraph(field))


def content_control(marker: str) -> bytes:
    sdt = (
        f'<w:sdt><w:sdtPr><w:alias w:val="{_x(marker)}"/><w:tag w:val="witness"/><w:id w:val="12"/></w:sdtPr>'
        f"<w:sdtContent>{_paragraph(_run('Witness statement'))}</w:sdtContent></w:sdt>"
    )
    return in_body(base(), sdt)


def content_control_text(marker: str) -> bytes:
    sdt = (
        '<w:sdt><w:sdtPr><w:alias w:val="Witness"/></w:sdtPr>'
        f"<w:sdtContent>{_paragraph(_run(marker))}</w:sdtContent></w:sdt>"
    )
    return in_body(base(), sdt)


def document_variable(marker: str) -> bytes:
    variables = f'<w:docVars><w:docVar w:name="contact" w:val="{_x(marker)}"/></w:docVars>'
    return edit(
        base(), "word/settings.xml", lambda x: x.replace("</w:settings>", variables + "</w:settings>")
    )


def attached_template(marker: str) -> bytes:
    target = f"file:///C:/Users/{marker}/AppData/Roaming/Microsoft/Templates/Normal.dotm"
    data = add_relationship(
        base(),
        "word/_rels/settings.xml.rels",
        "rIdTemplate",
        f"{REL}/attachedTemplate",
        target,
        external=True,
    )
    template = f'<w:attachedTemplate xmlns:r="{NS_R}" r:id="rIdTemplate"/>'
    return edit(data, "word/settings.xml", lambda x: x.replace("</w:settings>", template + "</w:settings>"))


def bookmark_name(marker: str) -> bytes:
    """A bookmark's name (an attribute Word keeps, shown nowhere in the text): for the safety net."""
    marks = f'<w:bookmarkStart w:id="77" w:name="{_x(marker)}"/>{_run("Paragraph")}<w:bookmarkEnd w:id="77"/>'
    return in_body(base(), _paragraph(marks))


def xml_comment(marker: str) -> bytes:
    return edit(base(), _DOCUMENT, lambda x: x.replace("<w:body>", f"<w:body><!-- {_x(marker)} -->", 1))


def unknown_part(marker: str) -> bytes:
    """A custom XML part (SharePoint metadata and the like): read by the safety net only."""
    xml = f"{_DECLARATION}<metadata><owner><first>{_x(marker)}</first></owner></metadata>"
    return media.rezip(base(), add={"customXml/item2.xml": xml.encode("utf-8")})


def unknown_attribute(marker: str) -> bytes:
    """Comment reactions (Word 365) keep who reacted in an extension's attributes."""
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<w16cex:commentsExtensible xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" '
        'xmlns:cr="http://schemas.microsoft.com/office/comments/2020/reactions">'
        '<w16cex:commentExtensible w16cex:durableId="2A1B3C4D" w16cex:dateUtc="2024-05-01T10:00:00Z">'
        f'<cr:reactionInfo><cr:reaction reactionType="1"><cr:reactionAction userName="{_x(marker)}" '
        'dateUtc="2024-05-01T10:00:00Z"/></cr:reaction></cr:reactionInfo></w16cex:commentExtensible>'
        "</w16cex:commentsExtensible>"
    )
    return add_part(
        comment_text("someone"),
        "word/commentsExtensible.xml",
        xml,
        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtensible+xml",
        rel_type="http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible",
        rel_id="rIdCex",
    )


def chart_title(marker: str) -> bytes:
    c = "http://schemas.openxmlformats.org/drawingml/2006/chart"
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    xml = (
        f'{_DECLARATION}<c:chartSpace xmlns:c="{c}" xmlns:a="{a}">'
        "<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Deliveries seen by </a:t></a:r>"
        f"<a:r><a:t>{_x(marker)}</a:t></a:r></a:p></c:rich></c:tx></c:title><c:plotArea><c:barChart>"
        '<c:ser><c:cat><c:strRef><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>May</c:v></c:pt>'
        '</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:numCache><c:ptCount val="1"/><c:pt idx="0">'
        "<c:v>12</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart>"
        "</c:chartSpace>"
    )
    return add_part(
        base(),
        "word/charts/chart1.xml",
        xml,
        content_type="application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
        rel_type=f"{REL}/chart",
        rel_id="rIdChart1",
    )


def chart_category(marker: str) -> bytes:
    return edit(
        chart_title("someone"),
        "word/charts/chart1.xml",
        lambda x: x.replace("<c:v>May</c:v>", f"<c:v>{_x(marker)}</c:v>"),
    )


def smartart_text(marker: str) -> bytes:
    dgm = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    xml = (
        f'{_DECLARATION}<dgm:dataModel xmlns:dgm="{dgm}" xmlns:a="{a}">'
        '<dgm:ptLst><dgm:pt modelId="{11111111-2222-3333-4444-555555555555}"><dgm:prSet/><dgm:spPr/>'
        f"<dgm:t><a:bodyPr/><a:p><a:r><a:t>{_x(marker)}</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:ptLst>"
        "</dgm:dataModel>"
    )
    return add_part(
        base(),
        "word/diagrams/data1.xml",
        xml,
        content_type="application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml",
        rel_type=f"{REL}/diagramData",
        rel_id="rIdDgm1",
    )


def glossary_entry(marker: str) -> bytes:
    xml = (
        f"{_DECLARATION}<w:glossaryDocument {_W}><w:docParts>"
        '<w:docPart><w:docPartPr><w:name w:val="Signature"/>'
        '<w:category><w:name w:val="General"/></w:category>'
        f"</w:docPartPr><w:docPartBody>{_paragraph(_run(marker))}</w:docPartBody></w:docPart>"
        "</w:docParts></w:glossaryDocument>"
    )
    return add_part(
        base(),
        "word/glossary/document.xml",
        xml,
        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml",
        rel_type=f"{REL}/glossaryDocument",
        rel_id="rIdGlossary",
    )


def zip_comment(marker: str) -> bytes:
    """The zip's own comment (and a member's): no XML part holds them."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.comment = f"Prepared for {marker}".encode()
    return out.getvalue()


def table_cell(marker: str) -> bytes:
    return media.docx_file(["Report."], table=(("Role", "Name"), ("Driver", marker)))


# Cases where the marker is in the document's own XML (a reader of the package must find it).
CASES: dict[str, Builder] = {
    "comment author": comment_author,
    "comment initials": comment_initials,
    "comment text": comment_text,
    "comment person user id": comment_person,
    "comment person author": comment_people_author,
    "footnote": footnote,
    "endnote": endnote,
    "text box": text_box,
    "text box (VML)": text_box_vml,
    "text box in a table": text_box_in_table,
    "tracked insertion": tracked_insertion,
    "tracked insertion author": tracked_insertion_author,
    "tracked deletion": tracked_deletion,
    "tracked deletion author": tracked_deletion_author,
    "tracked formatting author": tracked_formatting_author,
    "deletion split across runs": deletion_split_across_runs,
    "split across an insertion": split_across_insertion,
    "split across runs": split_across_runs,
    "first-page header": first_page_header,
    "even-page footer": even_page_footer,
    "table in the header": default_header_table,
    "table cell": table_cell,
    "core property last_modified_by": core_last_modified_by,
    "core property keywords": core_keywords,
    "app property Company": app_company,
    "app property Manager": app_manager,
    "app property TitlesOfParts": app_titles_of_parts,
    "custom property value": custom_property_value,
    "custom property name": custom_property_name,
    "picture alt text": picture_alt_text,
    "picture title": picture_title,
    "picture original name": picture_original_name,
    "VML alt text": vml_alt_text,
    "part named after it": part_named_after,
    "hyperlink target": hyperlink_target,
    "hyperlink tooltip": hyperlink_tooltip,
    "field instruction": field_instruction,
    "simple field": simple_field,
    "content control title": content_control,
    "content control text": content_control_text,
    "document variable": document_variable,
    "attached template": attached_template,
    "bookmark name": bookmark_name,
    "XML comment": xml_comment,
    "zip comment": zip_comment,
    "unknown part": unknown_part,
    "unknown attribute": unknown_attribute,
    "chart title": chart_title,
    "chart category": chart_category,
    "SmartArt text": smartart_text,
    "glossary entry": glossary_entry,
}

# Cases where the marker is in a file inside the document (returned as Embedded, read by other readers).
EMBEDDED_CASES: dict[str, Builder] = {
    "embedded picture EXIF": embedded_picture,
    "embedded Word document": embedded_document,
}


def long_report(pages: int = 200, *, marker: str | None = None) -> bytes:
    """A report of about ``pages`` pages (≈ 450 words each): headings, paragraphs of several runs,
    a table every ten pages, footers; ``marker`` (when given) in the last paragraph."""
    document = docx.Document()
    words = ("consignment", "crates", "Goma", "vessel", "manifest", "serial", "delivery", "border", "truck")
    for page in range(pages):
        document.add_heading(f"Section {page + 1}", level=2)
        for paragraph_number in range(6):
            paragraph = document.add_paragraph()
            for run_number in range(5):
                text = " ".join(
                    words[(page + paragraph_number + run_number + k) % len(words)] for k in range(15)
                )
                run = paragraph.add_run(text + ". ")
                run.bold = run_number == 2
        if page % 10 == 0:
            table = document.add_table(rows=5, cols=4)
            for r in range(5):
                for c in range(4):
                    table.cell(r, c).text = f"{words[(r + c) % len(words)]} {page}-{r}-{c}"
    if marker:
        document.add_paragraph(f"Last met {marker}.")
    document.sections[0].footer.paragraphs[0].text = "Confidential"
    return _save(document)

"""IPTC IIM datasets (every one, named by record and dataset) and Photoshop image resources (8BIM
and the other signatures): IPTC, ICC, EXIF and XMP blocks inside them, thumbnails, resource names, and
the readable runs of the other resources."""

from __future__ import annotations

from vault.messages import Text
from vault.readers.image.core import _file_kind, _ReaderCore
from vault.readers.image.values import _text, _u16, _u32

_IPTC_NAMES = {
    (1, 0): "EnvelopeRecordVersion", (1, 5): "Destination", (1, 20): "FileFormat", (1, 22): "FileVersion",
    (1, 30): "ServiceIdentifier", (1, 40): "EnvelopeNumber", (1, 50): "ProductID",
    (1, 60): "EnvelopePriority", (1, 70): "DateSent", (1, 80): "TimeSent", (1, 90): "CodedCharacterSet",
    (1, 100): "UniqueObjectName", (1, 120): "ARMIdentifier", (1, 122): "ARMVersion",
    (2, 0): "RecordVersion", (2, 3): "ObjectTypeReference", (2, 4): "ObjectAttributeReference",
    (2, 5): "ObjectName", (2, 7): "EditStatus", (2, 8): "EditorialUpdate", (2, 10): "Urgency",
    (2, 12): "SubjectReference", (2, 15): "Category", (2, 20): "SupplementalCategories",
    (2, 22): "FixtureIdentifier", (2, 25): "Keywords", (2, 26): "ContentLocationCode",
    (2, 27): "ContentLocationName", (2, 30): "ReleaseDate", (2, 35): "ReleaseTime",
    (2, 37): "ExpirationDate", (2, 38): "ExpirationTime", (2, 40): "SpecialInstructions",
    (2, 42): "ActionAdvised", (2, 45): "ReferenceService", (2, 47): "ReferenceDate",
    (2, 50): "ReferenceNumber", (2, 55): "DateCreated", (2, 60): "TimeCreated",
    (2, 62): "DigitalCreationDate", (2, 63): "DigitalCreationTime", (2, 65): "OriginatingProgram",
    (2, 70): "ProgramVersion", (2, 75): "ObjectCycle", (2, 80): "By-line", (2, 85): "By-lineTitle",
    (2, 90): "City", (2, 92): "Sub-location", (2, 95): "Province-State",
    (2, 100): "Country-PrimaryLocationCode", (2, 101): "Country-PrimaryLocationName",
    (2, 103): "OriginalTransmissionReference", (2, 105): "Headline", (2, 110): "Credit",
    (2, 115): "Source", (2, 116): "CopyrightNotice", (2, 118): "Contact", (2, 120): "Caption-Abstract",
    (2, 121): "LocalCaption", (2, 122): "Writer-Editor", (2, 125): "RasterizedCaption",
    (2, 130): "ImageType", (2, 131): "ImageOrientation", (2, 135): "LanguageIdentifier",
    (2, 150): "AudioType", (2, 151): "AudioSamplingRate", (2, 152): "AudioSamplingResolution",
    (2, 153): "AudioDuration", (2, 154): "AudioOutcue", (2, 184): "JobID", (2, 187): "MasterDocumentID",
    (2, 188): "ShortDocumentID", (2, 189): "UniqueDocumentID", (2, 190): "OwnerID",
    (2, 200): "ObjectPreviewFileFormat", (2, 201): "ObjectPreviewFileVersion",
    (2, 202): "ObjectPreviewData", (2, 221): "Prefs", (2, 225): "ClassifyState",
    (2, 228): "SimilarityIndex", (2, 230): "DocumentNotes", (2, 231): "DocumentHistory",
    (2, 232): "ExifCameraInfo", (2, 255): "CatalogSets",
    (7, 10): "SizeMode", (7, 20): "MaxSubfileSize", (7, 90): "ObjectSizeAnnounced",
    (7, 95): "MaximumObjectSize", (8, 10): "SubFile", (9, 10): "ConfirmedObjectSize",
}  # fmt: skip
_PHOTOSHOP_NUMBERS = {0x03ED, 0x0406, 0x0425, 0x0414, 0x040D, 0x0419, 0x041E, 0x0408, 0x0400, 0x0402}
_IPTC_BINARY = {(1, 0), (1, 20), (1, 22), (1, 120), (1, 122), (2, 0), (2, 200), (2, 201), (7, 20), (7, 90),
                (7, 95), (9, 10)}  # fmt: skip


class _Iptc(_ReaderCore):
    """IPTC datasets and Photoshop resources."""

    def iptc(self, data: bytes) -> None:
        at = 0
        utf8 = False
        while at + 5 <= len(data):
            if data[at] != 0x1C:
                rest = data[at:]
                if rest.strip(b"\x00"):
                    self.add_runs(Text("IPTC bytes after the last dataset"), rest)
                return
            record, dataset, length = data[at + 1], data[at + 2], _u16(data, at + 3)
            at += 5
            if length & 0x8000:  # extended dataset: the length's length, then the length
                size = length & 0x7FFF
                if size > 4:
                    raise ValueError("IPTC dataset too long")
                length, at = int.from_bytes(data[at : at + size], "big"), at + size
            value = data[at : at + length]
            at += length
            name = _IPTC_NAMES.get((record, dataset))
            where = (
                Text("IPTC {record}:{dataset} {name}", record=record, dataset=dataset, name=name)
                if name
                else Text("IPTC {record}:{dataset}", record=record, dataset=dataset)
            )
            if (record, dataset) == (1, 90):
                utf8 = b"\x1b%G" in value
                continue
            if (record, dataset) == (2, 202):
                if _file_kind(value):
                    self.embed(where, value)
                else:
                    self.add_runs(where, value)
            elif (record, dataset) in _IPTC_BINARY and len(value) <= 8:
                self.add(where, str(int.from_bytes(value, "big")))
            else:
                self.add(where, value.decode("utf-8", "replace") if utf8 else _text(value))

    def photoshop(self, data: bytes) -> None:
        """Photoshop image resources (JPEG APP13 "Photoshop 3.0", TIFF tag 34377, PSD)."""
        at = 0
        while at + 12 <= len(data):
            if data[at : at + 4] not in (b"8BIM", b"MeSa", b"PHUT", b"AgHg", b"DCSR"):
                rest = data[at:]
                if rest.strip(b"\x00"):
                    self.add_runs(Text("Photoshop bytes after the last resource"), rest)
                return
            number = _u16(data, at + 4)
            name_length = data[at + 6]
            name = data[at + 7 : at + 7 + name_length]
            at += 6 + name_length + 1 + ((name_length + 1) & 1)
            size = _u32(data, at)
            body = data[at + 4 : at + 4 + size]
            at += 4 + size + (size & 1)
            resource = f"0x{number:04X}"
            where = Text("Photoshop resource {id}", id=resource)
            if name:
                self.add(Text("Photoshop resource {id} name", id=resource), _text(name))
            if number == 0x0404:
                self.nested(where, body, self.iptc)
            elif number == 0x040F:
                self.nested(where, body, self.icc)
            elif number in (0x0422, 0x0423):
                self.exif(body)
            elif number == 0x0424:
                self.nested(where, body, self.xmp)
            elif number in (0x0409, 0x040C) and len(body) > 28:
                where = Text("Photoshop resource {id} thumbnail", id=resource)
                self.embed(where, body[28:])
            elif number not in _PHOTOSHOP_NUMBERS:
                self.add_runs(where, body)

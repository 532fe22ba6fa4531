"""The suite's own instruments can fail: the checker that a refusal repeats no identifier sees every
spelling the cases use, the files really carry their markers where an independent reader finds them,
and no case's id or file name is itself an identifier (a path in a message must not look like a leak)."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from tests.reliability.leaks.cases import (
    DELETION_REASON,
    FILE_CASES,
    NAME,
    TEXT_VARIANTS,
    FileCase,
    content,
    jpeg_icc_copyright,
)
from tests.reliability.leaks.harness import exposed, exposed_bytes, fold, metadata_of


@pytest.mark.parametrize(("case_id", "variant", "code"), TEXT_VARIANTS, ids=[v[0] for v in TEXT_VARIANTS])
def test_the_refusal_checker_sees_every_spelling_of_the_identifiers(
    case_id: str, variant: str, code: str
) -> None:
    assert exposed(case_id) == []
    assert exposed(f"fieldvault: error: {variant}"), f"the checker misses {fold(variant)!r}"


@pytest.mark.parametrize("case", FILE_CASES, ids=lambda c: c.id)
def test_the_refusal_checker_sees_every_file_marker_and_no_case_name(case: FileCase) -> None:
    assert exposed(case.marker)
    assert exposed(f"{case.id} {case.filename}") == []


def test_the_checker_reads_utf16_and_the_reason_of_the_deletion() -> None:
    assert exposed_bytes(b"\x00" + NAME.encode("utf-16-be"))
    assert exposed_bytes(NAME.encode("utf-16-le"))
    assert exposed_bytes(DELETION_REASON.encode())
    assert exposed("fieldvault: error: the bundle was not written; evidence 1a2b3c4d: name of S-001") == []


def test_the_byte_checker_does_not_expand_a_random_ligature_into_a_name() -> None:
    """U+FDF4 (ARABIC LIGATURE MOHAMMAD) turns up in any large enough binary read as UTF-16."""
    assert exposed("\ufdf4")  # in a message, the ligature is the name
    noise = b"".join(hashlib.sha256(n.to_bytes(4, "big")).digest() for n in range(2048))
    assert exposed_bytes(noise[:999] + b"\xf4\xfd" + noise[999:]) == []


def _independent_texts(case: FileCase, data: bytes, folder: Path) -> str:
    """What readers other than the product see in the file: exiftool's tags (images), the XML parts
    (Word), pypdf's page text, attachments and annotations plus the file's raw objects (PDF)."""
    if case.is_image:
        path = folder / case.filename
        path.write_bytes(data)
        return metadata_of(path)
    if case.filename.endswith(".docx"):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "\n".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))
    reader = PdfReader(io.BytesIO(data))
    texts = [page.extract_text() for page in reader.pages]
    texts += [f.decode("utf-8", "ignore") for files in reader.attachments.values() for f in files]
    texts += [str(a.get_object()) for page in reader.pages for a in page.get("/Annots", [])]
    texts += [
        data.decode("latin-1"),
        data.decode("utf-16-be", "ignore"),
        data[1:].decode("utf-16-be", "ignore"),
    ]
    return "\n".join(texts)


@pytest.mark.parametrize("case", FILE_CASES, ids=lambda c: c.id)
def test_each_file_carries_its_marker_where_an_independent_reader_finds_it(
    case: FileCase, tmp_path: Path
) -> None:
    text = _independent_texts(case, content(case), tmp_path)
    assert exposed(text) or exposed(json.loads(text)[0] if case.is_image else ""), f"{case.id}: no marker"


def test_the_icc_case_is_a_profile_pillow_reads() -> None:
    from PIL import ImageCms

    profile = Image.open(io.BytesIO(jpeg_icc_copyright(NAME))).info["icc_profile"]
    assert NAME in ImageCms.getProfileCopyright(ImageCms.ImageCmsProfile(io.BytesIO(profile)))

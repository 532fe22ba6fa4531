"""A populated investigation for the export tests, and an independent check that a file names no source.

``protected_world`` builds, through the service as a user would: an investigation; a protected source
(name, alias, phone, e-mail sealed) and a confidential one; a photograph with GPS and camera serials;
a seized rifle shown in it; claims citing them. ``assert_names_no_source`` reads an output with readers
other than the ones the leak guard uses (raw zip members, pypdf, Pillow) and looks for every identifier.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
from PIL import Image
from pypdf import PdfReader

from app.service import VaultService
from tests import media

PROTECTED_NAME = "José Núñez"
PROTECTED_ALIAS = "Papa Kilo"
PROTECTED_PHONE = "+243 897 531 864"
PROTECTED_EMAIL = "jnunez@example.org"
CONFIDENTIAL_NAME = "Anne Martin"
IDENTIFIERS = (PROTECTED_NAME, PROTECTED_ALIAS, PROTECTED_PHONE, PROTECTED_EMAIL, CONFIDENTIAL_NAME)


@dataclass(frozen=True)
class World:
    investigation: str
    protected: str
    confidential: str
    photo: str
    photo_sha256: str
    rifle: str
    claims: tuple[str, ...]


def protected_world(service: VaultService, folder: Path) -> World:
    inv = service.model.add_model_record(
        "investigation", {"title": "Arms cache at the depot", "area": "arms_embargo", "status": "open"}
    )
    protected = service.model.add_model_record(
        "source",
        {
            "name": PROTECTED_NAME,
            "aliases": [PROTECTED_ALIAS],
            "contacts": f"{PROTECTED_PHONE}, {PROTECTED_EMAIL}",
            "protection": "protected",
            "type": "informant",
            "reliability": "B",
            "consent": ["report"],
            "investigation": inv.id,
        },
    )
    confidential = service.model.add_model_record(
        "source",
        {"name": CONFIDENTIAL_NAME, "protection": "confidential", "type": "un", "organisation": "UN"},
    )
    photo_path = folder / "IMG_0001.jpg"
    photo_path.write_bytes(media.jpeg(seed=3))
    outcome = service.evidence.import_files([photo_path], investigation=inv.id).outcomes[0]
    assert outcome.id is not None
    assert outcome.sha256 is not None
    rifle = service.model.add_model_record(
        "item",
        {
            "type": "assault rifle",
            "make": "Kalashnikov",
            "serial_number": "KB-20417",
            "obtained": "seized",
            "photos": [outcome.id],
            "investigation": inv.id,
        },
    )
    c1 = service.model.add_model_record(
        "claim",
        {
            "statement": "Rifles from the seized lot were stored at the depot.",
            "supports": [protected.id, rifle.id],
            "investigation": inv.id,
        },
    )
    c2 = service.model.add_model_record(
        "claim",
        {
            "statement": "The depot is guarded at night.",
            "supports": [confidential.id],
            "investigation": inv.id,
        },
    )
    return World(inv.id, protected.id, confidential.id, outcome.id, outcome.sha256, rifle.id, (c1.id, c2.id))


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


def _texts_of(data: bytes) -> list[str]:
    """Every text an independent reader finds in a DOCX, PDF or image (and its raw bytes)."""
    texts = [data.decode("latin-1"), data.decode("utf-8", errors="ignore")]
    if data.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            texts += z.namelist()
            for name in z.namelist():
                texts += _texts_of(z.read(name))
    elif data.startswith(b"%PDF"):
        reader = PdfReader(io.BytesIO(data))
        texts += [page.extract_text() for page in reader.pages]
        texts += [f"{k} {v}" for k, v in (reader.metadata or {}).items()]
    elif data[:4] in (b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xe1", b"\xff\xd8\xff\xdb") or data.startswith(
        b"\x89PNG"
    ):
        image = Image.open(io.BytesIO(data))
        texts += [str(v) for v in image.info.values()]
        texts += [str(v) for v in image.getexif().values()]
    return texts


def assert_names_no_source(data: bytes, identifiers: tuple[str, ...] = IDENTIFIERS) -> None:
    folded = [_fold(t) for t in _texts_of(data)]
    digits = [re.sub(r"\D", "", t) for t in folded]
    for ident in identifiers:
        if re.sub(r"\D", "", ident) and len(re.sub(r"\D", "", ident)) >= 8:
            tail = re.sub(r"\D", "", ident)[-8:]
            assert not any(tail in d for d in digits), "a protected phone number is in the output"
        else:
            assert not any(_fold(ident) in t for t in folded), "a source identifier is in the output"


def _docx_with_cell(text: str) -> bytes:
    doc = docx.Document()
    doc.add_table(rows=1, cols=1).rows[0].cells[0].text = text
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _jpeg_by(artist: str) -> bytes:
    block = media.exif()
    block[0x013B] = artist
    return media.jpeg(exif_data=block)


def test_the_checker_itself_finds_identifiers_in_pdfs_docx_and_images() -> None:
    tagged = [
        media.pdf([f"Met {PROTECTED_NAME.upper()} today"]),
        media.pdf(["clean"], author=PROTECTED_ALIAS),
        _docx_with_cell(f"call {PROTECTED_PHONE.replace(' ', '')}"),
        _jpeg_by(CONFIDENTIAL_NAME),
    ]
    for data in tagged:
        missed = False
        try:
            assert_names_no_source(data)
            missed = True
        except AssertionError:
            pass
        assert not missed, "the checker missed an identifier"
    for clean in (media.pdf(["nothing to see"]), _docx_with_cell("S-001"), _jpeg_by("Camera Owner")):
        assert_names_no_source(clean)

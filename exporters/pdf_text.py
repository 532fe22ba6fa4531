"""Opening a PDF the user names (a draft, a leaked copy) and reading its pages' text, for stamping and
tracing. Reading everything a PDF carries, for the outbound gate, is vault/readers/pdf.py's job."""

from __future__ import annotations

import io

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from vault.errors import InvalidInput
from vault.messages import Text


def open_pdf(data: bytes, name: str) -> PdfReader:
    """A reader for PDF bytes; InvalidInput naming ``name`` when it is not a PDF we can read."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InvalidInput(
                Text("{name} is password-protected; remove the password first", name=name), field="pdf"
            )
        _ = len(reader.pages)
    except InvalidInput:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError):
        raise InvalidInput(
            Text("{name} is not a readable PDF (it is damaged or not a PDF)", name=name), field="pdf"
        ) from None
    return reader


def page_texts(reader: PdfReader) -> list[str]:
    """The extracted text of every page (an empty string for a page whose text cannot be read)."""
    out: list[str] = []
    for page in reader.pages:
        try:
            out.append(page.extract_text() or "")
        except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError):
            out.append("")
    return out

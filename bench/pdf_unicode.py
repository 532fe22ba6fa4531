"""The claims and interview notes PDFs of a request package in every script (exporters/pdf_plain.py).

Figures:
- ``pdf_unicode_pages_per_s``: pages written per second for a long document of paragraphs in Arabic,
  Russian, Greek, Hebrew and French (shaped, bidi, wrapped, two font subsets embedded).
- ``pdf_unicode_one_page_ms``: a one-page document, end to end (most of it: subsetting the two faces).
- ``pdf_unicode_kb_per_page``: the long document's size per page.

``--quick``: a shorter document.
"""

from __future__ import annotations

import time
from pathlib import Path

from exporters.pdf_plain import Section, write_pdf

PARAGRAPHS = (
    "أفاد الشاهد بأن شركة الأسلحة نقلت الشحنة عبر الميناء في الرابع من آذار، وقدم صورا للحاويات.",
    "Свидетель сообщил, что оружейная компания перевезла груз через порт четвертого марта.",
    "Ο μάρτυρας δήλωσε ότι η εταιρεία όπλων μετέφερε το φορτίο μέσω του λιμανιού στις 4 Μαρτίου.",
    "העד מסר כי חברת הנשק העבירה את המשלוח דרך הנמל ברביעי במרץ (2026).",
    "Le témoin a déclaré que la société d'armement avait fait transiter la cargaison par le port le 4 mars.",
)


def run(workdir: Path, quick: bool) -> dict[str, float]:
    del workdir  # nothing is written: the PDF is bytes in memory
    count = 200 if quick else 2_000
    sections = [
        Section(f"Claim {n} - status: corroborated", (PARAGRAPHS[n % 5], PARAGRAPHS[(n + 2) % 5]))
        for n in range(count)
    ]
    start = time.perf_counter()
    data = write_pdf("Claims - OTP/2026/42", sections)
    elapsed = time.perf_counter() - start
    pages = data.count(b"/Type /Page ")
    start = time.perf_counter()
    write_pdf("Claims - OTP/2026/42", sections[:3])
    one = time.perf_counter() - start
    print(f"[pdf_unicode] {pages} pages, {len(data) / 1024:.0f} KiB in {elapsed:.2f} s")
    return {
        "pdf_unicode_pages_per_s": pages / elapsed,
        "pdf_unicode_one_page_ms": one * 1000,
        "pdf_unicode_kb_per_page": len(data) / 1024 / pages,
    }

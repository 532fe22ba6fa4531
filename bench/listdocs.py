"""A listing's periodic review and a designation proposal (``python -m bench --only listdocs``).

Figures (a vault holding the full 2017 list, one entity confirmed as KPi.033 and 2,000 claims about it,
200 of them exculpatory, and 50 letters to it; ``--quick``: 200 claims):
- ``review_preview_2k_claims_s``: what the wizard's preview page waits for: the review gathered, its text
  read by the outbound gate, the DOCX made in memory and read in full (nothing written).
- ``review_write_2k_claims_s``: the same review written in English (gate, file, custody entry).
- ``review_write_fr_2k_claims_s``: in French (each fixed word from the French catalogue).
- ``french_catalogue_load_ms``: reading the French catalogue once per process (resources/translations).
"""

from __future__ import annotations

import time
from pathlib import Path

from app.service import VaultService
from bench.core import PASSPHRASE
from bench.screening_pairs import LIST_2017
from exporters import doc_language
from vault.crypto import calibrate
from vault.keys.secret import Passphrase
from vault.storage import records, store


def run(workdir: Path, quick: bool) -> dict[str, float]:
    figures: dict[str, float] = {}
    count = 200 if quick else 2_000
    tag = "200" if quick else "2k"
    svc, _ = VaultService.create(
        workdir / "listdocs.fvault", Passphrase.from_text(PASSPHRASE), kdf=calibrate(0.05)
    )
    try:
        svc.lists.import_list(LIST_2017)
        broker = svc.records.add_record("entity", {"type": "individual", "name": "Ri Won Ho"})
        vault = svc._vault
        with store.transaction(vault.conn):
            for i in range(count):
                field = "exculpatory" if i % 10 == 0 else "supports"
                statement = (
                    f"Claim {i}: Ri Won Ho arranged the shipment of item {i} through the port of Nampo"
                )
                records.create(
                    vault.conn, vault.identity, "claim", {"statement": statement, field: [broker.id]}
                )
            for i in range(50):
                letter = {"symbol": f"S/AC.43/2026/GE/OC.{i}", "addressee": "Mission", "sent": "2026-01-02",
                          "addressee_entity": broker.id}  # fmt: skip
                records.create(vault.conn, vault.identity, "letter", letter)
        candidate = next(c for c in svc.screening.screen() if c.reference == "KPi.033")
        svc.screening.decide(candidate.id, "confirmed")
        doc_language.catalogue.cache_clear()
        start = time.perf_counter()
        doc_language.catalogue("fr")
        figures["french_catalogue_load_ms"] = 1000 * (time.perf_counter() - start)
        start = time.perf_counter()
        shown = svc.lists.preview_review("KPi.033")
        figures[f"review_preview_{tag}_claims_s"] = time.perf_counter() - start
        if not shown.writable:
            raise SystemExit("bench listdocs: the review should have nothing to refuse")
        for lang, name in (("en", f"review_write_{tag}_claims_s"), ("fr", f"review_write_fr_{tag}_claims_s")):
            start = time.perf_counter()
            svc.lists.export_review("KPi.033", workdir / f"review-{lang}.docx", lang=lang)
            figures[name] = time.perf_counter() - start
    finally:
        svc.close()
    return figures

"""The Consolidated List and screening (``python -m bench --only lists``).

Figures:
- ``list_import_s``: importing the full 2017 list (1,021 entries, 1.5 MB) into a vault, from the file to
  the committed version (reading, checking, parsing, storing the XML, the record).
- ``list_index_s``: building the screening index of the full list (once per list version and process).
- ``screen_10k_entities_s``: screening 10,000 entity records (people and companies, a few hundred of them
  listed names) against the full list, its index built: every entity read from the database and
  compared, the candidates listed with their status.
- ``rescreen_one_ms``: after one entity is edited, screening it again (what its page asks; median of 20).
- ``rescreen_vault_after_edit_ms``: after one entity is edited, every candidate of the vault listed again
  (only that entity is compared anew; the other 9,999 come from the previous run).
- ``screening_pairs``, ``screening_precision``, ``screening_recall``: the labelled evaluation of
  bench/screening_pairs.py (top candidate, at the score threshold screening shows).
- ``screening_baseline_precision``, ``screening_baseline_recall``: the same queries through the plain
  approach (ICU-folded names ranked by rapidfuzz's token-sort ratio, cut-off 80, the best cut-off with
  precision of at least 0.9), to show what the skeletons, particles, word weights and dates add.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from app.service import VaultService
from bench.core import PASSPHRASE
from bench.screening_pairs import LIST_2017, evaluate, evaluate_baseline, load
from vault.crypto import calibrate
from vault.keys.secret import Passphrase
from vault.lists import versions
from vault.screening import names, runs
from vault.storage import records, store

FIRSTS = [
    "Jean",
    "Marie",
    "Joseph",
    "Grace",
    "Emmanuel",
    "Amani",
    "Patrick",
    "Esther",
    "Samuel",
    "Fatuma",
    "Ibrahim",
    "Aminata",
    "Pierre",
    "Claude",
    "Olga",
    "Wei",
    "Carlos",
    "Hodan",
    "Yusuf",
    "Rebecca",
]
LASTS = [
    "Mulamba",
    "Kabongo",
    "Uwimana",
    "Okafor",
    "Njeri",
    "Habimana",
    "Traore",
    "Diallo",
    "Keita",
    "Mwamba",
    "Tshibanda",
    "Kalala",
    "Mukendi",
    "Mbuyi",
    "Ndiaye",
    "Farah",
    "Warsame",
    "Majok",
]


def run(workdir: Path, quick: bool) -> dict[str, float]:
    figures: dict[str, float] = {}
    found = evaluate()
    figures["screening_pairs"] = float(found.pairs)
    figures["screening_precision"] = round(found.precision, 4)
    figures["screening_recall"] = round(found.recall, 4)
    print(
        f"[lists] evaluation: {found.pairs} queries, {len(found.misses)} not right at the top",
        file=sys.stderr,
    )
    plain = evaluate_baseline(cutoff=80.0)
    figures["screening_baseline_precision"] = round(plain.precision, 4)
    figures["screening_baseline_recall"] = round(plain.recall, 4)

    svc, _ = VaultService.create(
        workdir / "lists.fvault", Passphrase.from_text(PASSPHRASE), kdf=calibrate(0.05)
    )
    try:
        versions._LOADED.clear()
        start = time.perf_counter()
        svc.lists.import_list(LIST_2017)
        figures["list_import_s"] = time.perf_counter() - start

        rng = random.Random(10)
        listings = load()
        count = 1_000 if quick else 10_000
        vault = svc._vault
        with store.transaction(vault.conn):
            for i in range(count):
                if i % 25 == 0:
                    body = {"type": "individual", "name": rng.choice(listings).name.title()}
                elif i % 3 == 0:
                    body = {"type": "company", "name": f"{rng.choice(LASTS)} Trading {i}"}
                else:
                    name = f"{rng.choice(FIRSTS)} {rng.choice(LASTS)} {rng.choice(LASTS)}"
                    body = {"type": "individual", "name": name, "born": str(rng.randint(1950, 2000))}
                records.create(vault.conn, vault.identity, "entity", body)
        runs._INDEXES.clear()
        runs._RUNS.clear()
        names.parse.cache_clear()  # the evaluation above parsed the list's names already
        start = time.perf_counter()
        svc.screening.index()
        figures["list_index_s"] = time.perf_counter() - start
        start = time.perf_counter()
        candidates = svc.screening.screen()
        figures["screen_10k_entities_s" if not quick else "screen_1k_entities_s"] = (
            time.perf_counter() - start
        )
        print(f"[lists] {len(candidates)} candidates over {count} entities", file=sys.stderr)

        some = records.list_summaries(vault.conn, "entity", limit=1)[0].id
        times = []
        whole = []
        for n in range(20):
            svc.records.edit_record(some, {"description": f"edited {n}"})
            start = time.perf_counter()
            svc.screening.screen(some)
            times.append(time.perf_counter() - start)
            svc.records.edit_record(some, {"description": f"edited again {n}"})
            start = time.perf_counter()
            svc.screening.screen()
            whole.append(time.perf_counter() - start)
        figures["rescreen_one_ms"] = 1000 * sorted(times)[len(times) // 2]
        figures["rescreen_vault_after_edit_ms"] = 1000 * sorted(whole)[len(whole) // 2]
    finally:
        svc.close()
    return figures

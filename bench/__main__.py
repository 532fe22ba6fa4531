"""``python -m bench [--quick] [--archive] [--only NAME ...]``: run the benchmarks, print a table, write
results.json.

Each benchmark module in MODULES defines ``run(workdir: Path, quick: bool) -> dict[str, float]`` and
returns named figures (units in the name: ``_s``, ``_ms``, ``_mb_s``, ``_per_s``, ``_mb``). Modules
work in a throwaway folder and print progress as they go. ``--quick`` shrinks the data for a smoke run;
figures quoted in notes come from full runs. Modules in ``ON_REQUEST`` take many minutes and run only
when named with ``--only`` or asked for with ``--archive`` (bench.archive: search over 2,000,000
records).
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import sys
import tempfile
import time
from pathlib import Path

MODULES = [
    "bench.core",
    "bench.search",
    "bench.intake",
    "bench.movie",
    "bench.mixed",
    "bench.bundles",
    "bench.gate",
    "bench.requests",
    "bench.pdf_unicode",
    "bench.gui",
    "bench.posters",
    "bench.ocr",
    "bench.lists",
    "bench.listdocs",
    "bench.archive",
]
ON_REQUEST = {"bench.archive"}
RESULTS = Path(__file__).resolve().parent / "results.json"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--quick", action="store_true", help="small data sizes (smoke run)")
    parser.add_argument("--only", nargs="*", metavar="NAME", help="e.g. core intake")
    parser.add_argument(
        "--archive", action="store_true", help="also search a 2,000,000-record archive (several minutes)"
    )
    parser.add_argument("--workdir", type=Path, help="where to put throwaway vaults (default: a temp dir)")
    args = parser.parse_args()
    figures: dict[str, float] = {}
    for name in MODULES:
        short = name.split(".")[-1]
        if args.only and short not in args.only:
            continue
        if not args.only and name in ON_REQUEST and not args.archive:
            continue
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            print(f"[{short}] not present yet", file=sys.stderr)
            continue
        with tempfile.TemporaryDirectory(prefix=f"fv-bench-{short}-", dir=args.workdir) as tmp:
            start = time.perf_counter()
            figures.update(module.run(Path(tmp), args.quick))
            print(f"[{short}] done in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    width = max((len(k) for k in figures), default=10)
    print(f"\n{'figure':<{width}}  value")
    for key, value in figures.items():
        print(f"{key:<{width}}  {value:,.2f}" if isinstance(value, float) else f"{key:<{width}}  {value}")
    previous = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    previous.update(figures)
    previous["_machine"] = f"{platform.machine()} {platform.system()} python {platform.python_version()}"
    previous["_quick"] = bool(args.quick)
    RESULTS.write_text(json.dumps(previous, indent=2, sort_keys=True) + "\n")
    print(f"\nwrote {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""CLI command ``gui``: start the desktop app (``fieldvault`` with no command does the same)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.entry.cli_common import Subparsers

VIEWS = (
    "welcome",
    "create",
    "search",
    "viewer",
    "today",
    "investigations",
    "interviews",
    "sources",
    "entities",
    "evidence",
    "claims",
    "letters",
    "requests",
    "listings",
    "bundles",
    "pictures",
    "chart",
    "timeline",
    "coordinator",
    "roster",
    "conflicts",
    "handover",
)
LANGUAGES = ("en", "fr")


def cmd_gui(args: argparse.Namespace) -> int:
    from app.entry import gui  # Qt is loaded only when the window is asked for

    return gui.main(
        args.path,
        demo_vault=args.demo,
        screenshot_to=args.screenshot,
        view=args.view,
        smoke_test_in=args.smoke_test,
        lang=args.lang,
    )


def register(sub: Subparsers) -> None:
    p = sub.add_parser("gui", help="start the desktop app")
    p.add_argument("path", metavar="PATH", type=Path, nargs="?", help="a vault folder to unlock")
    p.add_argument(
        "--demo", action="store_true", help="open the demo vault (built on first use; see the start screen)"
    )
    p.add_argument(
        "--screenshot",
        metavar="OUT.png",
        type=Path,
        help="render a view of the demo vault to a PNG and exit (for docs and checks)",
    )
    p.add_argument("--view", choices=VIEWS, default="evidence", help="the view --screenshot renders")
    p.add_argument(
        "--lang", choices=LANGUAGES, help="the language of the window (default: the one chosen in settings)"
    )
    p.add_argument("--smoke-test", metavar="FOLDER", type=Path, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_gui)

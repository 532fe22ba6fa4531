"""Requests from courts and mechanisms in the demo vault, so that a newcomer finds the Requests view (and
Today) populated: one past its deadline, one with time to spare, and one answered with a package.

The answered one goes through the real service: its package is judged item by item and written through the
outbound gate into a private temporary folder, removed at once (it holds only the demo's invented
material); what stays in the vault is what a real answer leaves: the disclosure record, the audit entry
and a ``disclose`` entry in the custody of what went. The harbour interview goes (its source, the port
authority, consented to a court); the claim stays out (its sources did not), so the cover letter has a
withheld category to show. Everything in it is invented: authorities, references and dates.
"""

from __future__ import annotations

import logging
import tempfile
from datetime import date, timedelta
from pathlib import Path

from app.request_select import Selection
from app.service import VaultService
from vault.errors import UserError

log = logging.getLogger("fieldvault.demo")


def _days(today: date, n: int) -> str:
    return (today + timedelta(days=n)).isoformat()


def add_requests(service: VaultService, links: dict[str, str], today: date) -> tuple[str, ...]:
    """The three demo requests (overdue, open, answered), in that order."""
    investigation = {"investigation": links["investigation"]} if "investigation" in links else {}
    overdue = service.requests.add_request(
        {
            "authority": "Independent Investigative Mechanism for Veldara",
            "jurisdiction": "IIMV",
            "reference": f"IIMV/RFI/{today.year}/031",
            "received": _days(today, -35),
            "deadline": _days(today, -6),
            "scope": "Berth logs and interview notes on the MV Kestrel Dawn's calls at Port Tarsa, "
            "March to May.",
            "basis": "The Mechanism's mandate, paragraph 9; the sources' consent to judicial use.",
            **investigation,
        }
    ).id
    upcoming = service.requests.add_request(
        {
            "authority": "Tarsa District Court, investigating judge",
            "jurisdiction": "Republic of Veldara",
            "reference": f"TDC/INV/{today.year}/0117",
            "received": _days(today, -8),
            "deadline": _days(today, 21),
            "scope": "Photographs of the ammunition seized at the Wadi Sel checkpoint, with their chain "
            "of custody.",
            "basis": "Letter rogatory of the investigating judge.",
            **investigation,
        }
    ).id
    answered = service.requests.add_request(
        {
            "authority": "Special Prosecutor for Arms Trafficking, Republic of Lorvane",
            "jurisdiction": "Republic of Lorvane",
            "reference": f"SPAT/{today.year}/88",
            "received": _days(today, -60),
            "deadline": _days(today, -20),
            "scope": "Statements of port officials on cargo landed at Port Tarsa in March.",
            "basis": "Mutual legal assistance request; the sources' consent to judicial use.",
            **investigation,
        }
    ).id
    chosen = Selection(
        claims=tuple(links[k] for k in ("claim",) if k in links),
        items=tuple(links[k] for k in ("interview-harbour",) if k in links),
    )
    try:
        with tempfile.TemporaryDirectory(prefix="fieldvault-demo-") as tmp:
            service.requests.package(answered, chosen, Path(tmp) / "package")
        service.model.edit_model_record(answered, {"status": "answered"})
    except UserError as exc:  # the demo stays whole: the request is then simply still open
        log.warning("demo: the answered request's package was not written (%s)", type(exc).__name__)
    return overdue, upcoming, answered

"""The ``methodology`` kind: the group's evidentiary rules for its mandate, editable and versioned.

The rules a program can apply are numbers and switches; ``text`` holds the group's full methodology in
its own words. A field left out takes the default below, which is the issue's default methodology:
information needs one source, a verified fact two independent sources (different organisations) or one
documentary evidence item, and material supporting a designation needs two experts present.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from vault.messages import Text
from vault.model import fields as f
from vault.model.kind import Body, Kind

KIND = "methodology"
FIELDS = (
    "title",
    "mandate",
    "information_sources",
    "verified_sources",
    "verified_documents",
    "same_organisation_independent",
    "designation_two_experts",
    "text",
)


@dataclass(frozen=True)
class Rules:
    """The rules in force. ``record_id`` is the methodology record they come from (None: built in)."""

    information_sources: int = 1
    verified_sources: int = 2
    verified_documents: int = 1
    same_organisation_independent: bool = False
    designation_two_experts: bool = True
    record_id: str | None = None
    title: str = Text("Default methodology")

    def describe(self) -> tuple[str, ...]:
        """The rules as sentences a user reads beside a claim."""
        verified = (
            Text(
                "a verified fact needs {sources} independent sources "
                "or {documents} documentary evidence item(s)",
                sources=self.verified_sources,
                documents=self.verified_documents,
            )
            if self.verified_documents
            else Text("a verified fact needs {sources} independent sources", sources=self.verified_sources)
        )
        independence = (
            Text("sources of the same organisation count as independent")
            if self.same_organisation_independent
            else Text("sources of the same organisation count as one")
        )
        lines = [
            Text("information needs {n} source(s) or evidence item(s)", n=self.information_sources),
            verified,
            independence,
        ]
        if self.designation_two_experts:
            lines.append(Text("material supporting a designation needs two experts present"))
        return tuple(lines)


DEFAULT = Rules()


def rules_of(record_id: str, body: Mapping[str, Any]) -> Rules:
    """The rules a stored methodology body sets (defaults for fields it leaves out)."""

    def pick(field: str, default: Any) -> Any:
        value = body.get(field)
        return default if value is None else value

    return Rules(
        information_sources=pick("information_sources", DEFAULT.information_sources),
        verified_sources=pick("verified_sources", DEFAULT.verified_sources),
        verified_documents=pick("verified_documents", DEFAULT.verified_documents),
        same_organisation_independent=pick(
            "same_organisation_independent", DEFAULT.same_organisation_independent
        ),
        designation_two_experts=pick("designation_two_experts", DEFAULT.designation_two_experts),
        record_id=record_id,
        title=str(body.get("title", "")),
    )


def validate(body: Mapping[str, Any]) -> Body:
    f.reject_unknown(body, FIELDS, KIND)
    out: Body = {}
    f.put(out, "title", f.text(body, "title", KIND, required=True, max_len=f.MAX_NAME))
    f.put(out, "mandate", f.text(body, "mandate", KIND, max_len=200))
    f.put(out, "information_sources", f.integer(body, "information_sources", KIND, minimum=1, maximum=20))
    f.put(out, "verified_sources", f.integer(body, "verified_sources", KIND, minimum=1, maximum=20))
    f.put(out, "verified_documents", f.integer(body, "verified_documents", KIND, minimum=0, maximum=20))
    for switch in ("same_organisation_independent", "designation_two_experts"):
        f.put(out, switch, f.boolean(body, switch, KIND))
    f.put(out, "text", f.text(body, "text", KIND, max_len=1_000_000))
    return out


def _search_text(body: Mapping[str, Any]) -> str:
    return f.join_text(body.get("mandate"), body.get("text"))


SPEC = Kind(name=KIND, validate=validate, title=lambda b: str(b.get("title", "")), search_text=_search_text)

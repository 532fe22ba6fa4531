"""Choice: one record a link field may name, as a form shows it (a source by its code, never its name)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Choice:
    id: str
    label: str
    kind: str
    protection: str | None = None  # sources only: how the choice is marked


Candidates = Mapping[str, Sequence[Choice]]  # link kind -> the records a link of that kind may name

"""What examining one file found: its type, metadata, text, thumbnail, or why it could not be read.

Everything in a ``Findings`` came out of a file someone handed the expert. Metadata values are what the
file claims (a camera clock, an author field), shown as such and never trusted; the parsers that fill
them name their raw values ``untrusted_*`` and pass them through ``clip``/``clean_*`` on the way in.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from vault.intake import limits
from vault.messages import Text


class Unreadable(Exception):
    """A parser gave up on a file; ``reason`` is fixed wording of ours, safe to show the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Attachment:
    """A file a message carries (an e-mail's attachment), stored as an evidence item of its own.

    ``parent``: -1 when the examined file itself carries it, else the index in the same list of the
    attachment that does (an attached message's own attachments); ``findings``: what examining it found
    (None until the worker examines it)."""

    name: str | None
    data: bytes
    parent: int = -1
    findings: Findings | None = None

    def __repr__(self) -> str:
        return f"<Attachment of {self.parent} ({len(self.data)} bytes, redacted)>"


@dataclass
class Findings:
    """The result of examining one file (built in a worker process, checked again by the parent)."""

    media_type: str
    metadata: dict[str, Any] = field(default_factory=dict)
    pages: list[tuple[int, str]] = field(default_factory=list)  # (page number from 1, or 0; text)
    thumbnail: bytes | None = None
    problem: str | None = None  # the reason it could not be read, None when it could
    notes: list[str] = field(default_factory=list)  # limits reached that are not failures
    # Every piece of text the file carries, located (vault/readers): what the outbound gate reads.
    parts: list[tuple[str, str]] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)  # places the readers could not read in full
    attachments: list[Attachment] = field(default_factory=list)  # files a message carries (in order)
    # Examined from its outline (vault/intake/movie_outline.py: a movie too large to examine whole, its
    # media payload left out): the SHA-256 of the outline examined, set in the vault's process, never
    # from what a worker sends; checked against the stored bytes (vault/intake/derived.py).
    outlined: str | None = None

    def mark_outlined(self, outline_sha256: str) -> Findings:
        self.outlined = outline_sha256
        limit = limits.MAX_EXAMINE_BYTES // (1024 * 1024)
        self.notes.append(
            Text("larger than {limit} MiB: examined without its media data (read for text only)", limit=limit)
        )
        return self

    @property
    def warning(self) -> str | None:
        """The user-facing flag, e.g. "could not be read: the PDF is encrypted"."""
        return Text("could not be read: {problem}", problem=self.problem) if self.problem else None


def clip(untrusted: object, limit: int = limits.MAX_META_CHARS) -> str | None:
    """A metadata value as display text: decoded, control characters removed, cut to ``limit``."""
    if untrusted is None:
        return None
    if isinstance(untrusted, bytes):
        untrusted = untrusted.decode("utf-8", "replace")
    text = str(untrusted)
    text = "".join(c if c.isprintable() or c in "\n\t" else " " for c in text).replace("\x00", "")
    text = text.strip()
    return text[:limit] if text else None


def clean_number(untrusted: object) -> float | None:
    """A finite float, or None for anything that is not one (EXIF rationals, NaN, 0/0)."""
    try:
        value = float(untrusted)  # type: ignore[arg-type]
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return None
    return value if math.isfinite(value) else None


def clean_int(untrusted: object) -> int | None:
    if isinstance(untrusted, bool):
        return None
    if isinstance(untrusted, int):
        return untrusted
    number = clean_number(untrusted)
    return int(number) if number is not None and number.is_integer() else None


def decimal(value: float | None, places: int) -> str | None:
    """A number as decimal text: record bodies are canonical JSON, which has no floats."""
    if value is None:
        return None
    text = f"{value:.{places}f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def no_floats(value: Any) -> Any:
    """``value`` with every float turned into decimal text (for canonical JSON bodies)."""
    if isinstance(value, float):
        return decimal(value, 9) if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: no_floats(v) for k, v in value.items()}
    if isinstance(value, list):
        return [no_floats(v) for v in value]
    return value


def put(metadata: dict[str, Any], key: str, value: object) -> None:
    """Set ``key`` only when there is a value (absent fields stay absent, not null)."""
    if value is not None and value != "" and value != {}:
        metadata[key] = value

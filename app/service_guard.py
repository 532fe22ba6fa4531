"""What every export operation shares: the outbound gate for this vault, and reading a user's input file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.service_part import Part
from vault.errors import InvalidInput, UserError
from vault.guard.gate import Gate
from vault.guard.leakguard import OUTSIDE_THE_GROUP, Guard
from vault.messages import Text
from vault.model.identifiers import readable_identifiers

MAX_INPUT_BYTES = 1024**3  # a draft report of 1 GiB is far beyond any real one; refuse rather than swap


class GuardedPart(Part):
    """Base of the export mixins."""

    def gate(self, what: str, levels: Sequence[str] = OUTSIDE_THE_GROUP, guard: Guard | None = None) -> Gate:
        """The outbound gate for one output (``what`` names it in refusals): everything the output will
        carry is read through it, and only its clearance lets a file be written (vault/guard/gate.py).
        ``guard``: another gate's, to share its prepared identifiers across the files of one export."""
        return Gate(self._vault.conn, self._vault.identity, what, levels, guard)

    def leak_guard(self, levels: Sequence[str] = OUTSIDE_THE_GROUP) -> Guard:
        """The guard against every identifier of the confidential and protected sources this vault can
        read (their whole history), for sources of the given protection ``levels``."""
        return Guard(readable_identifiers(self._vault.conn, self._vault.identity), levels)

    @staticmethod
    def read_input(path: Path, what: str, limit: int = MAX_INPUT_BYTES) -> bytes:
        """The bytes of a file the user named (``what`` says what it is for, in messages)."""
        try:
            if not path.exists():
                raise UserError(Text("{path} does not exist ({what})", path=str(path), what=what))
            if not path.is_file():
                raise UserError(Text("{path} is not a file ({what})", path=str(path), what=what))
            if path.stat().st_size > limit:
                too_large = Text(
                    "{path} is larger than {mib} MiB ({what})",
                    path=str(path),
                    mib=limit // 1024**2,
                    what=what,
                )
                raise InvalidInput(too_large, field="file")
            return path.read_bytes()
        except FileNotFoundError:
            raise UserError(Text("{path} does not exist ({what})", path=str(path), what=what)) from None
        except PermissionError:
            raise UserError(
                Text("{path} cannot be read: permission denied ({what})", path=str(path), what=what)
            ) from None
        except OSError as exc:
            error = exc.strerror or Text("I/O error")
            raise UserError(Text("{path} cannot be read ({error})", path=str(path), error=error)) from None

"""What every export operation shares: the leak guard for this vault, and reading a user's input file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.service_core import ServiceCore
from vault.errors import InvalidInput, UserError
from vault.leakguard import OUTSIDE_THE_GROUP, Guard
from vault.model.identifiers import readable_identifiers

MAX_INPUT_BYTES = 1024**3  # a draft report of 1 GiB is far beyond any real one; refuse rather than swap


class GuardedOps(ServiceCore):
    """Base of the export mixins."""

    def leak_guard(self, levels: Sequence[str] = OUTSIDE_THE_GROUP) -> Guard:
        """The guard against every identifier of the confidential and protected sources this vault can
        read (their whole history), for sources of the given protection ``levels``."""
        return Guard(readable_identifiers(self._vault.conn, self._vault.identity), levels)

    @staticmethod
    def read_input(path: Path, what: str, limit: int = MAX_INPUT_BYTES) -> bytes:
        """The bytes of a file the user named (``what`` says what it is for, in messages)."""
        try:
            if not path.exists():
                raise UserError(f"{path} does not exist ({what})")
            if not path.is_file():
                raise UserError(f"{path} is not a file ({what})")
            if path.stat().st_size > limit:
                raise InvalidInput(f"{path} is larger than {limit // 1024**2} MiB ({what})", field="file")
            return path.read_bytes()
        except FileNotFoundError:
            raise UserError(f"{path} does not exist ({what})") from None
        except PermissionError:
            raise UserError(f"{path} cannot be read: permission denied ({what})") from None
        except OSError as exc:
            raise UserError(f"{path} cannot be read ({exc.strerror or 'I/O error'})") from None

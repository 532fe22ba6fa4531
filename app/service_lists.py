"""Service operations on the Consolidated List: importing a version, its versions, an entry, what changed.

Screening the vault's entities against the list is app/service_screening.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.service_part import Part
from vault.errors import NotFound
from vault.lists import versions, xml_read
from vault.lists.listing import Listing
from vault.lists.versions import Change, Imported, Version
from vault.messages import Text

__all__ = ["Change", "Imported", "ListDiff", "Listing", "ListService", "Version"]


@dataclass(frozen=True)
class ListDiff:
    before: Version | None
    after: Version
    changes: tuple[Change, ...]


class ListService(Part):
    """Mixin of VaultService: the Consolidated List inside the vault."""

    def import_list(self, path: Path) -> Imported:
        """Read the published XML at ``path`` and keep it as a new version (refused whole, nothing
        stored, when it is not a list this vault can read)."""
        data = xml_read.read_file(path)
        with self._write(Text("importing the Consolidated List")) as conn:
            return versions.import_xml(conn, self._vault.identity, data, path.name)

    def versions(self) -> list[Version]:
        return versions.versions(self._vault.conn)

    def version(self, text: str | None = None) -> Version:
        return versions.version_of(self._vault.conn, text)

    def listings(self, version: str | None = None) -> tuple[Listing, ...]:
        return versions.listings(self._vault.conn, self.version(version))

    def listing(self, reference: str, version: str | None = None) -> Listing:
        wanted = reference.strip().lower()
        for item in self.listings(version):
            if item.reference.lower() == wanted:
                return item
        raise NotFound(Text("no entry {ref} in the imported list", ref=reference))

    def diff(self, regime: str | None = None, version: str | None = None) -> ListDiff:
        """What changed from the version before ``version`` (default: the latest) to it."""
        found = self.versions()
        after = self.version(version)
        index = [v.sha256 for v in found].index(after.sha256)
        before = found[index - 1] if index > 0 else None
        conn = self._vault.conn
        old = versions.listings(conn, before) if before else ()
        changes = versions.diff(old, versions.listings(conn, after), regime)
        return ListDiff(before, after, tuple(changes))

"""The tar reader accepts only headers exactly as the writer makes them.

Regression test (found by the tamper campaign): mode, owner, owner name, type flag and the form of the
time field were not checked, so a bundle re-encrypted with such headers changed (checksum made right
again) was merged although its bytes were not the ones its sender wrote.
"""

from __future__ import annotations

import pytest

from tests.reliability import forge
from vault.exchange import bundle_tar as tar


def test_the_writers_own_header_is_read_back() -> None:
    assert tar.parse_header(tar.header("revisions.jsonl", 1234, 1_700_000_000)) == tar.Entry(
        "revisions.jsonl", 1234
    )


@pytest.mark.parametrize("field", sorted(forge.HEADER_FIELDS))
def test_a_header_field_the_writer_never_sets_so_is_refused(field: str) -> None:
    start, value = forge.HEADER_FIELDS[field]
    changed = forge.reheader(tar.header("revisions.jsonl", 1234, 1_700_000_000), start, value)
    with pytest.raises(tar.TarError, match="not in the form this program writes"):
        tar.parse_header(changed)

"""Outlook messages with attachments for the tests (the real .msg samples in tests/data/msg have none):
the MAPI streams a reader looks for, put in a compound file by vault/readers/cfb_write.py (itself
checked against olefile, an independent reader, in tests/unit/test_cfb_write.py)."""

from __future__ import annotations

from vault.readers.cfb_write import Tree, write


def msg(subject: str, body: str, attachments: list[tuple[str, bytes]]) -> bytes:
    """An Outlook message: subject and body (UTF-16 strings), each attachment a storage with its long
    file name and its data."""
    tree: Tree = {
        "__substg1.0_0037001F": subject.encode("utf-16-le"),
        "__substg1.0_1000001F": body.encode("utf-16-le"),
    }
    for n, (name, data) in enumerate(attachments):
        tree[f"__attach_version1.0_#{n:08X}"] = {
            "__substg1.0_3707001F": name.encode("utf-16-le"),
            "__substg1.0_37010102": data,
        }
    return write(tree)

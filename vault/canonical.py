"""Canonical JSON: one byte string for one value, so hashes and signatures are reproducible.

Keys sorted, no insignificant white space, UTF-8, no NaN or infinities. Floats are refused: a value
that must hash the same on every machine is an integer, a string, a boolean, null, a list or an object.
"""

from __future__ import annotations

import json
from typing import Any

JsonValue = Any  # what json.loads returns; narrowed by the code that reads each field


def _check(value: object, depth: int = 0) -> None:
    if depth > 64:
        raise ValueError("value nested too deeply")
    if isinstance(value, bool) or value is None or isinstance(value, int | str):
        return
    if isinstance(value, float):
        raise ValueError("floats are not allowed in canonical JSON")
    if isinstance(value, list | tuple):
        for item in value:
            _check(item, depth + 1)
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValueError("object keys must be strings")
            _check(item, depth + 1)
        return
    raise ValueError(f"{type(value).__name__} is not a JSON value")


def dumps(value: object) -> bytes:
    """The canonical encoding of ``value``."""
    _check(value)
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def dumps_text(value: object) -> str:
    return dumps(value).decode("utf-8")


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not allowed in canonical JSON")


def loads(data: bytes | str) -> JsonValue:
    """Parse JSON, refusing with ValueError what canonical JSON cannot hold: floats, NaN and infinities,
    nesting deeper than ``dumps`` allows (which would otherwise surface as a RecursionError)."""
    try:
        value = json.loads(data, parse_constant=_no_constant)
    except RecursionError:
        raise ValueError("value nested too deeply") from None
    _check(value)
    return value

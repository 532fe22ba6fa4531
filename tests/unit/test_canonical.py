"""Canonical JSON: one encoding per value, and parsing refuses what it cannot hold with ValueError."""

from __future__ import annotations

import pytest

from vault import canonical


def test_the_encoding_is_sorted_compact_utf8() -> None:
    assert canonical.dumps({"b": [1, "é"], "a": None}) == '{"a":null,"b":[1,"é"]}'.encode()


@pytest.mark.parametrize(
    "text",
    ['{"a": 1.5}', "[NaN]", '{"a": Infinity}', "[" * 100_000 + "]" * 100_000, "[" * 80 + "]" * 80],
)
def test_parsing_refuses_floats_constants_and_deep_nesting_as_value_errors(text: str) -> None:
    with pytest.raises(ValueError, match="not allowed|nested too deeply|floats"):
        canonical.loads(text)


def test_what_dumps_writes_loads_reads_back() -> None:
    value = {"record": "r", "body": {"list": [1, 2, {"x": "y"}], "flag": True, "none": None}}
    assert canonical.loads(canonical.dumps(value)) == value

"""Matrices and numbers of drawing operators: the identity, products, and operands read as finite
numbers (a damaged operand is a default, never an error)."""

from __future__ import annotations

import math
from typing import Any

_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _mult(m: tuple[float, ...], n: tuple[float, ...]) -> tuple[float, ...]:
    return (
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    )


def _matrix(values: Any) -> tuple[float, ...]:
    try:
        m = tuple(float(v) for v in values)
    except (TypeError, ValueError):
        return _IDENTITY
    return m if len(m) == 6 and all(math.isfinite(v) for v in m) else _IDENTITY


def _number(value: Any, default: float = 0.0) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if math.isfinite(number) else default

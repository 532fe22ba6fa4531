"""The reading of last resort: readable runs of bytes no parser understands (a video, an archive, an
unknown binary), read window by window up to the text limit."""

from __future__ import annotations

import random

from vault.readers import files
from vault.readers.files import MAX_STRINGS_CHARS, RUNS_WINDOW, raw_strings

NAME = "Jean Dupont +243812345678"


def _noise(size: int, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(size)  # noqa: S311 - reproducible noise, not secrets


def test_a_name_across_a_window_boundary_is_read_whole() -> None:
    at = RUNS_WINDOW - 10  # starts in the first window, ends in the second
    data = bytearray(b"\x00" * (3 * RUNS_WINDOW))
    data[at : at + len(NAME)] = NAME.encode()
    data[2 * RUNS_WINDOW - 4 : 2 * RUNS_WINDOW - 4 + 22] = "Marie Kabila".encode("utf-16-le")  # UTF-16
    (part,) = raw_strings(bytes(data), "raw bytes")
    assert NAME in part.text
    assert "Marie Kabila" in part.text


def test_a_large_random_binary_stops_at_the_text_limit_and_says_so() -> None:
    unread: list[str] = []
    data = _noise(24 * RUNS_WINDOW)
    (part,) = raw_strings(data, "raw bytes", unread)
    assert len(part.text) == MAX_STRINGS_CHARS
    assert unread == ["raw bytes past 4 MiB of text"]


def test_a_name_early_in_a_large_binary_is_read() -> None:
    data = bytearray(_noise(16 * RUNS_WINDOW))
    data[1000 : 1000 + len(NAME) + 2] = b"\x00" + NAME.encode() + b"\x00"
    assert NAME in files.read_file(bytes(data)).parts[0].text


def test_a_small_binary_is_read_whole_without_a_cut() -> None:
    unread: list[str] = []
    data = _noise(RUNS_WINDOW // 2) + b"\x00" + NAME.encode() + b"\x00"
    (part,) = raw_strings(data, "raw bytes", unread)
    assert NAME in part.text
    assert unread == []


def test_the_end_of_a_large_binary_is_read_before_its_middle() -> None:
    """A phone video keeps its metadata (the moov box) at the end: read from both ends inwards."""
    unread: list[str] = []
    data = bytearray(_noise(40 * RUNS_WINDOW))
    end = len(data) - 5000
    data[end : end + len(NAME) + 2] = b"\x00" + NAME.encode() + b"\x00"
    (part,) = raw_strings(bytes(data), "raw bytes", unread)
    assert NAME in part.text
    assert unread  # the middle was not read, and that is said


def test_random_bytes_read_as_far_less_text_than_their_size() -> None:
    """Random bytes are almost all "text bytes" one by one; read as runs they must not become more text
    than three quarters of their size (they were almost twice their size, which the leak guard then
    searched): Latin-1 is read only in runs of letters, UTF-8 only where it is UTF-8."""
    (part,) = raw_strings(_noise(RUNS_WINDOW), "raw bytes")
    assert len(part.text) < RUNS_WINDOW * 3 // 4


def test_short_names_in_other_scripts_are_runs_of_four_bytes() -> None:
    """A run is four bytes: in UTF-8 that is two letters of Cyrillic, Arabic or Chinese."""
    for name in ("Жан", "علي", "李伟"):
        data = _noise(5000) + b"\x00" + name.encode() + b"\x00" + _noise(5000, seed=8)
        (part,) = raw_strings(data, "raw bytes")
        assert name in part.text, name


def test_latin1_names_are_read_as_written_and_random_high_bytes_are_not() -> None:
    for name in ("Hélène Côté", "Éléa", "Søren Ærø", "Œuvre Šmid"):
        data = b"\x00\x9c\xff" + name.encode("cp1252") + b"\x00\x07"
        (part,) = raw_strings(data, "raw bytes")
        assert name in part.text, name


def test_c_strings_are_read_anywhere_in_a_large_binary() -> None:
    """Past the windows the text limit allows, strings as programs store them (ended by NUL) are still
    read: a name in the middle of a 40 MiB binary."""
    data = bytearray(_noise(40 * RUNS_WINDOW))
    middle = 20 * RUNS_WINDOW + 12345
    data[middle : middle + len(NAME) + 2] = b"\x01" + NAME.encode() + b"\x00"
    unread: list[str] = []
    (part,) = raw_strings(bytes(data), "raw bytes", unread)
    assert NAME in part.text
    assert unread


def test_latin1_names_with_accents_side_by_side_or_first() -> None:
    for name in ("Éric Martin", "José Ibáñez", "Timo Jääskeläinen", "Jürgen Müßig"):
        data = b"\x01\x02" + name.encode("cp1252") + b"\x01\x02"
        (part,) = raw_strings(data, "raw bytes")
        assert name in part.text, name


def test_utf16_text_after_zeros_at_a_window_start_keeps_its_alignment() -> None:
    name = "Мария Иванова"
    data = b"\xff" + bytes(RUNS_WINDOW + 100) + name.encode("utf-16-le") + bytes(16)
    (part,) = raw_strings(data, "raw bytes")
    assert name in part.text

"""How far one PDF reading goes (pages, nesting, time, sizes), and the gaps between glyphs that part
words."""

from __future__ import annotations

MAX_PAGES = 5_000
MAX_FORM_DEPTH = 12  # form XObjects painting form XObjects ...
READ_SECONDS = 120.0  # in all, for one PDF; what is left is named in ``unread``
MAX_STREAM_BYTES = 4 * 1024**2  # a stream of no known kind, read as text
MAX_WALK_NODES = 2_000_000  # values visited by one walk of a dictionary's graph
MAX_UNREAD = 200  # places listed as not read; more are counted
MAX_OBJECT_PARTS = 20_000  # beyond this many parts, the safety net gives one part per many objects

# Gaps between glyphs, in ems: at least WORD_GAP is a word space; letters each set apart from both
# neighbours by at least LETTER_GAP are letter-spaced text and read as one word.
WORD_GAP = 0.15
LETTER_GAP = 0.1

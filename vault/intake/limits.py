"""Bounds on the work intake does to examine a file it has just stored.

Every figure here caps something a hostile or broken file could make unbounded: pixels decoded,
members unzipped, pages read, characters indexed, seconds spent. A file that exceeds a bound is still
stored as received; it is flagged "could not be read: <reason>" and not parsed further.
"""

from __future__ import annotations

# Decoded pixels allowed in one image. 200 MP phone sensors (16,320 x 12,240) fit; a decompression bomb
# (a few KiB of PNG claiming 50,000 x 50,000) does not. Pillow is told the same figure explicitly.
MAX_IMAGE_PIXELS = 200_000_000

# Files larger than this are stored but not examined: examining needs the whole file in memory (in a
# worker process), and no photograph or office document an expert receives comes near it.
MAX_EXAMINE_BYTES = 256 * 1024 * 1024

# DOCX (a zip archive): checked from the zip directory before python-docx reads a byte of XML.
DOCX_MAX_MEMBERS = 5_000
DOCX_MAX_TOTAL_BYTES = 256 * 1024 * 1024  # sum of the members' declared uncompressed sizes
DOCX_MAX_MEMBER_BYTES = 128 * 1024 * 1024
DOCX_MAX_RATIO = 200  # uncompressed / compressed, per member larger than DOCX_RATIO_FLOOR
DOCX_RATIO_FLOOR = 1024 * 1024

# PDF text extraction: pages read and the time spent on them (the rest is noted, not an error).
PDF_MAX_PAGES = 5_000
PDF_TEXT_SECONDS = 60.0

# Characters of extracted text kept for search, per file (about 2,500 dense pages).
MAX_TEXT_CHARS = 8_000_000

# Metadata strings are shown and searched, never trusted; longer values are cut to this length.
MAX_META_CHARS = 2_000

# Thumbnails: the longest side in pixels, and JPEG quality.
THUMBNAIL_PX = 320
THUMBNAIL_QUALITY = 80

# A worker process that has not answered within this many seconds is killed; the file stays stored
# and is flagged. Generous, because PDF text has its own, shorter budget above.
EXAMINE_TIMEOUT_S = 120.0

# Address space of a worker process: a parser that tries to allocate past this fails with MemoryError
# in the worker instead of exhausting the laptop.
WORKER_MEMORY_BYTES = 4 * 1024**3

# Bytes of the files one message carries (an e-mail's attachments, an attached message's own), stored
# as evidence items of their own; past this they stay inside the message (which is read in full).
MAX_ATTACHMENT_BYTES = 256 * 1024 * 1024

"""Readers: every piece of text a file carries, with its place, one reader per format.

The same readers serve intake (search, metadata) and the outbound gate (vault/guard/gate.py): what the gate
checks is what the file holds, not a summary someone wrote at intake. read_file (vault/readers/files.py)
detects the format from the bytes, calls that format's reader, and reads the files found inside
(a PDF's attachments and images, a DOCX's media, an image's embedded thumbnail) with the same readers.

A reader never raises for a malformed file: what it cannot parse it reports in Reading.unread, and
the dispatcher then falls back to every readable run of the raw bytes, so nothing is skipped silently.
"""

"""Evidence intake: what a received file is, what it says about itself, its text and a thumbnail.

detect judges the type from the bytes; photo, pdf and docx read one type each, within
the bounds in limits (xmlsafe refuses DTDs and entities first); examine dispatches and
turns every failure into a flag in findings; worker and pool run that in separate processes
(both cores, no key, no disk), talking the JSON of wire; batch reads files ahead of the single
database writer; derived stores text and thumbnails inside the encrypted database, keyed by
SHA-256; custody turns audit entries into readable chain-of-custody events.
"""

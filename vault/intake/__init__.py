"""Evidence intake: what a received file is, what it says about itself, its text and a thumbnail.

``detect`` judges the type from the bytes; ``photo``, ``pdf`` and ``docx`` read one type each, within
the bounds in ``limits``; ``examine`` dispatches and turns every failure into a flag; ``worker`` and
``pool`` run that in separate processes (both cores, no key, no disk); ``derived`` stores what was
found, inside the encrypted database, keyed by the original's SHA-256.
"""

"""Optical character recognition: text, word boxes and confidences read from images and scanned pages.

``engine`` runs Tesseract, ``job`` is what an intake worker process does with one image or PDF page,
``queue`` is the persistent list of originals still to read (inside the encrypted database) and what
was read, ``run`` works the queue through the worker processes.
"""

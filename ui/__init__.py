"""The desktop app (PySide6 only): windows, widgets, Qt models and workers over app.service.

Rules (tests/unit/test_layering.py checks the first two): no SQL, no key material, no reaching into
the service's private vault object; widgets hold record ids and frozen dataclasses; long work runs in
workers (QObjects moved to QThreads the UI owns) that open their own service with ``for_worker()`` and
report only through signals.
"""

"""Entry points, above both the UI and the service: the CLI, the GUI launcher, prompts, terminal output, logs.

Nothing else imports from here (tests/unit/test_layering.py holds it).
"""

"""Entry points and wiring: the ``fieldvault`` CLI, the GUI launcher and the service layer."""

"""The PySide6 desktop app. Never runs SQL and never touches key material: it calls app.service."""

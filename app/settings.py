"""The desktop app's settings: how soon to lock when idle, how soon to clear a copied protected field,
and the language of the window (English or French).

Stored as JSON in ``$XDG_CONFIG_HOME/fieldvault/settings.json`` (``~/.config/fieldvault/settings.json``).
What is deliberately *not* stored: any vault path or name, any recent-files list, any window state that
could name a case. A settings file is plaintext outside the vault, and a laptop searched at a border must
not say which vaults exist or what they are called; the person types or picks the vault's folder each
time (the folder picker keeps no history either; see ui/widgets/file_picker.py). We also avoid QSettings:
Qt's own file dialogs write visited folders through it to ``~/.config/QtProject.conf``.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 240
MIN_CLIPBOARD_SECONDS = 5
MAX_CLIPBOARD_SECONDS = 600
LANGUAGES = ("en", "fr")


@dataclass(frozen=True)
class Settings:
    """What the person chose. ``idle_lock_minutes`` locks the vault after that long without input."""

    idle_lock_minutes: int = 5
    clipboard_clear_seconds: int = 30
    language: str = "en"

    def clamped(self) -> Settings:
        return replace(
            self,
            language=self.language if self.language in LANGUAGES else "en",
            idle_lock_minutes=min(max(self.idle_lock_minutes, MIN_IDLE_MINUTES), MAX_IDLE_MINUTES),
            clipboard_clear_seconds=min(
                max(self.clipboard_clear_seconds, MIN_CLIPBOARD_SECONDS), MAX_CLIPBOARD_SECONDS
            ),
        )


def config_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "fieldvault"


def data_dir() -> Path:
    """Where the app keeps data that is not a user's vault (the demo vault)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "fieldvault"


def default_path() -> Path:
    return config_dir() / "settings.json"


def _int(raw: dict[str, Any], key: str, default: int) -> int:
    value = raw.get(key, default)
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def load(path: Path | None = None) -> Settings:
    """The saved settings, or the defaults when there are none or the file cannot be read."""
    path = path or default_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    defaults = Settings()
    return Settings(
        idle_lock_minutes=_int(raw, "idle_lock_minutes", defaults.idle_lock_minutes),
        clipboard_clear_seconds=_int(raw, "clipboard_clear_seconds", defaults.clipboard_clear_seconds),
        language=raw["language"] if isinstance(raw.get("language"), str) else defaults.language,
    ).clamped()


def save(settings: Settings, path: Path | None = None) -> None:
    """Write the settings (only the fields of ``Settings``: nothing about vaults)."""
    path = path or default_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = path.with_name(path.name + ".part")
    partial.write_text(json.dumps(asdict(settings.clamped()), indent=2) + "\n", encoding="utf-8")
    os.replace(partial, path)

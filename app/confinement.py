"""What the app publishes to confine a child process that reads a hostile file (ui/poster_child.py): the
intake workers' limits (vault/intake/worker.py): no core dumps, no file writes, bounded memory, a lower
priority; and, for a process that reads one file and exits, its processor time."""

from __future__ import annotations

from vault.intake.worker import confine as confine_process

__all__ = ["confine_process"]

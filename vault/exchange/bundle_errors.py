"""Why a bundle is refused: one exception with a reason code and a fixed, user-safe message.

Codes: ``decryption`` (not an age file for this archive, or damaged), ``signature``, ``hash``, ``roster``
(unknown signer), ``revoked``, ``size``, ``path`` (traversal or a name outside the format), ``duplicate``,
``format`` (malformed manifest, revision or archive), ``conflict`` (contradicts a bundle already merged),
``recipient`` (addressed to another archive or vault), ``author`` (a revision by a key the archive does
not accept), ``scope`` (a handover package touching records outside what it declares).
Messages name what and why and never quote bytes from the bundle.
"""

from __future__ import annotations

from vault.errors import UserError

REASONS = (
    "decryption",
    "signature",
    "hash",
    "roster",
    "revoked",
    "size",
    "path",
    "duplicate",
    "format",
    "conflict",
    "recipient",
    "author",
    "scope",
)


class BundleRefused(UserError):
    """The bundle was not merged; nothing in the archive changed."""

    def __init__(self, reason: str, message: str) -> None:
        if reason not in REASONS:
            raise ValueError("unknown refusal reason")
        super().__init__(message)
        self.reason = reason

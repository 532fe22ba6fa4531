"""Failures reading an age file, one class per outcome the age conformance suite distinguishes.

Messages are fixed wording; they never carry bytes from the file.
"""

from __future__ import annotations

from vault.errors import UserError
from vault.messages import Text


class AgeError(UserError):
    """The file cannot be decrypted; the subclass says at which stage."""

    message: str = Text("the file cannot be decrypted")

    def __init__(self) -> None:
        super().__init__(self.message)


class HeaderFailure(AgeError):
    message = Text("not a well-formed age file (its header is malformed or uses an unsupported form)")


class NoMatch(AgeError):
    message = Text("the file is not encrypted to this vault's key")


class HmacFailure(AgeError):
    message = Text("the age header was altered (its MAC does not match)")


class PayloadFailure(AgeError):
    message = Text("the encrypted contents are damaged or truncated")


class ArmorFailure(AgeError):
    message = Text("the ASCII armor around the age file is malformed")

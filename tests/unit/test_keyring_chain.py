"""Which OS keyring backends may hold a vault's key: never one that stores it in a readable file, and
never a chain of backends that includes one, however deep.

Real keyring backend classes throughout: keyring's own ``fail`` and ``null`` backends, its
``ChainerBackend``, and small in-memory backends defined here that present themselves as a plain-file
backend would (the module of keyrings.alt's file backends, a class that says it stores in a plain file).
"""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.core
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend
from keyring.compat import properties

from vault.errors import KeyringUnavailable
from vault.keys import keyring_slot


class _InMemory(KeyringBackend):
    """A working backend that keeps passwords in a dict (a stand-in for whatever it claims to be)."""

    viable = False  # never chosen by keyring's own discovery

    @properties.classproperty
    def priority(cls) -> float:
        # Never chosen by keyring's own discovery: these classes exist for this module's tests only.
        raise RuntimeError("a test backend")

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


class Desktop(_InMemory):
    """Stands for a real OS keyring (Secret Service, Keychain): accepted on its own."""


class PlaintextKeyring(_InMemory):
    """Named and placed as keyrings.alt's plain-file backend is."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


class LooksEncryptedButIsAFile(_InMemory):
    """From an unknown package, but file-backed: it says where its file is, as keyrings.alt's do."""

    filename = "keyring_pass.cfg"

    @property
    def file_path(self) -> str:
        return "/home/someone/.local/share/python_keyring/" + self.filename


class PlainTextStore(_InMemory):
    """From an unknown package, and its class says it stores in plain text."""


def _chain(*members: KeyringBackend) -> ChainerBackend:
    """keyring's own ChainerBackend, over exactly ``members`` instead of every installed backend."""

    class Chain(ChainerBackend):
        backends = list(members)
        viable = False  # never chosen by keyring's own discovery (ChainerBackend says True)

        @properties.classproperty
        def priority(cls) -> float:
            raise RuntimeError("a test backend")

    return Chain()  # type: ignore[no-untyped-call]


@pytest.fixture
def selected() -> Iterator[None]:
    """Restore keyring's selection as it was before the test, "none yet" included: asking for the
    backend (``get_keyring``) would run keyring's detection now, without the Secret Service that
    tests/unit/test_keyring_slot.py starts later, and that test expects detection not to have run."""
    previous = keyring.core._keyring_backend
    yield
    keyring.core._keyring_backend = previous


def _select(backend: KeyringBackend) -> None:
    keyring.set_keyring(backend)


@pytest.mark.usefixtures("selected")
def test_a_real_keyring_backend_is_accepted_and_stores_the_secret() -> None:
    desktop = Desktop()
    _select(desktop)
    assert keyring_slot.available()
    secret = keyring_slot.store_new_secret("vault-1")
    assert keyring_slot.load_secret("vault-1") == secret
    assert ("fieldvault", "vault-1") in desktop.store


@pytest.mark.usefixtures("selected")
@pytest.mark.parametrize(
    "backend",
    [
        fail.Keyring(),  # type: ignore[no-untyped-call]
        null.Keyring(),  # type: ignore[no-untyped-call]
        PlaintextKeyring(),
        LooksEncryptedButIsAFile(),
        PlainTextStore(),
    ],
    ids=["fail", "null", "keyrings.alt.file", "file-backed", "plaintext-named"],
)
def test_a_backend_that_is_no_keyring_or_a_plain_file_is_refused(backend: KeyringBackend) -> None:
    _select(backend)
    assert not keyring_slot.available()
    with pytest.raises(KeyringUnavailable):
        keyring_slot.store_new_secret("vault-1")
    with pytest.raises(KeyringUnavailable):
        keyring_slot.load_secret("vault-1")
    assert getattr(backend, "store", {}) == {}  # nothing was written to it


@pytest.mark.usefixtures("selected")
def test_a_chain_holding_a_plain_file_backend_is_refused_even_behind_a_real_one() -> None:
    desktop, plaintext = Desktop(), PlaintextKeyring()
    _select(_chain(desktop, plaintext))
    assert not keyring_slot.available()
    with pytest.raises(KeyringUnavailable):
        keyring_slot.store_new_secret("vault-1")
    assert desktop.store == {}
    assert plaintext.store == {}


@pytest.mark.usefixtures("selected")
def test_a_chain_of_only_the_fail_and_null_backends_is_refused() -> None:
    _select(_chain(fail.Keyring(), null.Keyring()))  # type: ignore[no-untyped-call]
    assert not keyring_slot.available()


@pytest.mark.usefixtures("selected")
def test_a_plain_file_backend_nested_in_a_chain_inside_a_chain_is_refused() -> None:
    plaintext = PlaintextKeyring()
    _select(_chain(Desktop(), _chain(Desktop(), plaintext)))
    assert not keyring_slot.available()
    with pytest.raises(KeyringUnavailable):
        keyring_slot.store_new_secret("vault-1")
    assert plaintext.store == {}


@pytest.mark.usefixtures("selected")
def test_an_empty_chain_is_refused() -> None:
    _select(_chain())
    assert not keyring_slot.available()


@pytest.mark.usefixtures("selected")
def test_a_chain_of_real_backends_only_is_accepted() -> None:
    first, second = Desktop(), Desktop()
    _select(_chain(first, second))
    assert keyring_slot.available()
    secret = keyring_slot.store_new_secret("vault-2")
    assert keyring_slot.load_secret("vault-2") == secret

"""Our SSH signatures against OpenSSH's ``ssh-keygen -Y``: it verifies ours, we verify its."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from vault import crypto
from vault.exchange import sshsig

NAMESPACE = "fieldvault-bundle"


def _allowed_signers(tmp_path: Path, public: bytes) -> Path:
    path = tmp_path / "allowed_signers"
    path.write_text(f'expert namespaces="{NAMESPACE}" {sshsig.openssh_public_key(public)}\n')
    return path


def _ssh_verify(
    tmp_path: Path, public: bytes, message: bytes, signature: str, namespace: str = NAMESPACE
) -> int:
    sig = tmp_path / "msg.sig"
    sig.write_text(signature)
    result = subprocess.run(
        [
            "ssh-keygen",
            "-Y",
            "verify",
            "-f",
            str(_allowed_signers(tmp_path, public)),
            "-I",
            "expert",
            "-n",
            namespace,
            "-s",
            str(sig),
        ],
        input=message,
        capture_output=True,
    )
    return result.returncode


@pytest.mark.parametrize("message", [b"", b"manifest", bytes(range(256)) * 1000])
def test_ssh_keygen_verifies_our_signature(tmp_path: Path, message: bytes) -> None:
    secret = crypto.new_signing_key()
    signature = sshsig.sign(secret, NAMESPACE, message)
    assert _ssh_verify(tmp_path, crypto.signing_public(secret), message, signature) == 0


def test_ssh_keygen_rejects_our_signature_of_other_bytes(tmp_path: Path) -> None:
    secret = crypto.new_signing_key()
    signature = sshsig.sign(secret, NAMESPACE, b"original")
    assert _ssh_verify(tmp_path, crypto.signing_public(secret), b"altered", signature) != 0


def test_ssh_keygen_rejects_our_signature_in_another_namespace(tmp_path: Path) -> None:
    secret = crypto.new_signing_key()
    signature = sshsig.sign(secret, NAMESPACE, b"m")
    assert _ssh_verify(tmp_path, crypto.signing_public(secret), b"m", signature, namespace="file") != 0


def test_we_verify_what_ssh_keygen_signs(tmp_path: Path) -> None:
    key = tmp_path / "id_ed25519"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True)
    message = tmp_path / "message"
    message.write_bytes(b"a bundle manifest")
    subprocess.run(
        ["ssh-keygen", "-Y", "sign", "-f", str(key), "-n", NAMESPACE, str(message)],
        check=True,
        capture_output=True,
    )
    public = sshsig.parse_openssh_public_key((tmp_path / "id_ed25519.pub").read_text())
    armored = (tmp_path / "message.sig").read_text()
    assert sshsig.verify(armored, NAMESPACE, b"a bundle manifest", public)
    assert not sshsig.verify(armored, NAMESPACE, b"another manifest", public)
    assert not sshsig.verify(armored, "other-namespace", b"a bundle manifest", public)
    assert not sshsig.verify(
        armored, NAMESPACE, b"a bundle manifest", crypto.signing_public(crypto.new_signing_key())
    )


def test_public_key_line_round_trips_through_ssh_keygen(tmp_path: Path) -> None:
    public = crypto.signing_public(crypto.new_signing_key())
    path = tmp_path / "k.pub"
    path.write_text(sshsig.openssh_public_key(public, "expert") + "\n")
    fingerprint = subprocess.run(
        ["ssh-keygen", "-l", "-f", str(path)], capture_output=True, text=True, check=True
    )
    assert "ED25519" in fingerprint.stdout
    assert sshsig.parse_openssh_public_key(path.read_text()) == public


@pytest.mark.parametrize("damage", ["truncate", "garble", "header"])
def test_a_damaged_signature_does_not_verify(damage: str) -> None:
    secret = crypto.new_signing_key()
    armored = sshsig.sign(secret, NAMESPACE, b"m")
    if damage == "truncate":
        armored = armored[:60] + "\n" + sshsig.END
    elif damage == "garble":
        lines = armored.splitlines()
        lines[2] = lines[2][:10] + ("A" if lines[2][10] != "A" else "B") + lines[2][11:]
        armored = "\n".join(lines)
    else:
        armored = armored.replace("SSH SIGNATURE", "PGP SIGNATURE")
    assert not sshsig.verify(armored, NAMESPACE, b"m", crypto.signing_public(secret))

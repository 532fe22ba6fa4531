"""Our age writer and reader against the stock ``age`` tool (Debian's age 1.1.1), both directions."""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path

import pytest

from vault import crypto
from vault.age import keys
from vault.age.codec import Encryptor, open_decrypting
from vault.age.errors import NoMatch, PayloadFailure
from vault.age.recipients import X25519Identity

SIZES = [0, 1, 65535, 65536, 65537, 3 * 65536, 200_001]


def _encrypt(data: bytes, *recipients: bytes) -> bytes:
    out = io.BytesIO()
    enc = Encryptor(out, list(recipients))
    # Uneven writes exercise the chunk buffering.
    for i in range(0, len(data), 7001):
        enc.write(data[i : i + 7001])
    enc.close()
    return out.getvalue()


def _identity_file(tmp_path: Path, secret: bytes) -> Path:
    path = tmp_path / "key.txt"
    path.write_text(keys.x25519_identity(secret) + "\n", encoding="ascii")
    return path


@pytest.mark.parametrize("size", SIZES)
def test_stock_age_decrypts_what_we_encrypt(tmp_path: Path, size: int) -> None:
    secret = crypto.new_agreement_key()
    other = crypto.new_agreement_key()
    data = os.urandom(size)
    ciphertext = _encrypt(data, crypto.agreement_public(other), crypto.agreement_public(secret))
    result = subprocess.run(
        ["age", "-d", "-i", str(_identity_file(tmp_path, secret))],
        input=ciphertext,
        capture_output=True,
        check=True,
    )
    assert result.stdout == data


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("armor", [False, True])
def test_we_decrypt_what_stock_age_encrypts(size: int, armor: bool) -> None:
    secret = crypto.new_agreement_key()
    data = os.urandom(size)
    recipient = keys.x25519_recipient(crypto.agreement_public(secret))
    ciphertext = subprocess.run(
        ["age", "-r", recipient, *(["-a"] if armor else [])], input=data, capture_output=True, check=True
    ).stdout
    reader = open_decrypting(io.BytesIO(ciphertext), [X25519Identity(secret)])
    assert reader.read() == data


def test_stock_age_keygen_identity_reads_as_ours(tmp_path: Path) -> None:
    key_file = tmp_path / "k.txt"
    subprocess.run(["age-keygen", "-o", str(key_file)], capture_output=True, check=True)
    line = next(x for x in key_file.read_text().splitlines() if x.startswith("AGE-SECRET-KEY-1"))
    public = subprocess.run(["age-keygen", "-y", str(key_file)], capture_output=True, check=True, text=True)
    kind, secret = keys.parse_identity(line)
    assert kind == "x25519"
    assert keys.x25519_recipient(crypto.agreement_public(secret)) == public.stdout.strip()
    assert keys.x25519_identity(secret) == line


def test_a_key_it_was_not_encrypted_to_is_no_match() -> None:
    ciphertext = _encrypt(b"x", crypto.agreement_public(crypto.new_agreement_key()))
    with pytest.raises(NoMatch):
        open_decrypting(io.BytesIO(ciphertext), [X25519Identity(crypto.new_agreement_key())])


def test_a_truncated_file_fails_in_the_payload() -> None:
    secret = crypto.new_agreement_key()
    ciphertext = _encrypt(os.urandom(200_000), crypto.agreement_public(secret))
    reader = open_decrypting(io.BytesIO(ciphertext[:-70_000]), [X25519Identity(secret)])
    with pytest.raises(PayloadFailure):
        reader.read()


def test_a_flipped_payload_bit_fails_in_the_payload() -> None:
    secret = crypto.new_agreement_key()
    ciphertext = bytearray(_encrypt(os.urandom(100_000), crypto.agreement_public(secret)))
    ciphertext[-5000] ^= 1
    reader = open_decrypting(io.BytesIO(bytes(ciphertext)), [X25519Identity(secret)])
    with pytest.raises(PayloadFailure):
        reader.read()

"""The age file format (age-encryption.org/v1, c2sp.org/age), implemented on vault.crypto's primitives.

Bundles are age files, so that anyone holding the archive's identity can decrypt one with the stock
age tool decades from now. Only what the product uses is here: X25519 recipients (a file addressed
only to a passphrase or a post-quantum key opens with no identity). Reading is strict: every vector of
the C2SP conformance suite (tests/unit/test_age_vectors.py) for X25519 gives its expected outcome —
success with the right payload, or the named kind of failure — and no other vector opens.

- keys: Bech32 identities and recipients (AGE-SECRET-KEY-1…, age1…);
- header: the textual header (stanzas, MAC);
- recipients: unwrapping and wrapping the file key (X25519);
- stream: the STREAM payload (64 KiB ChaCha20-Poly1305 chunks);
- armor: the strict PEM armor;
- codec: encrypt/decrypt, tying the above together.
"""

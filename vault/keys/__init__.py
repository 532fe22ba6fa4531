"""Keys and secrets: how a passphrase, a recovery code or the OS keyring opens the master key, and the
vault's own keys by purpose.

secret holds values that never show themselves; keyslots wraps the master key once per way in
(passphrase, recovery code, keyring_slot); identity is the vault's signing and sealing keys,
identity_file what it hands to others, identity_upgrade gives older vaults a sealing key;
sealing encrypts a protected field to chosen keys; passphrase_strength measures a new passphrase.
"""

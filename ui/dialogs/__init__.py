"""Modal dialogs: settings, passphrase, recovery code, attribution, deletion, import confirmation, about."""

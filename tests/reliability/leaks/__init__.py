"""The adversary's leak suite: every output of the vault, tried with a protected source's identifier
hidden where an outbound gate that reads only the obvious text would miss it (see cases.py)."""

"""The Security Council Consolidated List inside the vault: reading it, its versions, what changed."""

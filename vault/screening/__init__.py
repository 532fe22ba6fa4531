"""Screening the vault's entities against the Consolidated List, offline: nothing is sent anywhere."""

"""What travels between vaults: bundles for the group archive and handover packages for a successor.

Both share one signed, encrypted container (signed_file, signed_manifest, bundle_tar, SSH
signatures in sshsig). bundle_write/bundle_read/merge carry an expert's work to the archive,
checked against the roster, every revision's authors, the sequences received and the receipts
kept; handover_select/handover_write/handover_read carry a departing expert's work to a successor.
evidence_sharing decides which originals may travel; methodology_flags flags claims raised past
the archive's methodology.
"""

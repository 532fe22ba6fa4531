"""The outbound gate and the leak guard: what leaves the vault is read in full first.

gate reads every byte an output would carry (through vault/readers/) and clears or refuses it;
leakguard finds a protected source's identifiers in text (textfold folds text as a person reads it,
name_match finds names word by word, phones reads phone numbers, common_names are too common
to identify anyone); leakguard_records applies it to records; distribution records what left and
to whom.
"""

"""The encrypted database and what is kept in it.

store opens SQLCipher and runs transactions; migrations and the schema_* steps shape it;
revisions are signed, content-addressed changes and records the view of them a user edits;
attachments keeps file bytes as chunks inside the database; audit is the hash-chained log; hlc
orders events across vaults; search is full-text search; conflicts lists concurrent edits;
integrity is what verify checks.
"""

"""The investigation model: one module per record kind (investigations, sources, interviews, notes,
entities, materiel, claims, methodology, letters, evidence, copies and shares; vault/kinds.py lists them),
and the operations and rules across them."""

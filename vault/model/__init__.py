"""The investigation model: investigations, sources, interviews, entities, materiel, claims, methodology,
letters. Each kind registers itself with vault.kinds when its module is imported here."""

from vault.model import claim, entity, interview, investigation, item, letter, methodology, source

__all__ = ["claim", "entity", "interview", "investigation", "item", "letter", "methodology", "source"]

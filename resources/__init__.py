"""Icons, translations, DOCX templates and demo data, shipped with the package."""

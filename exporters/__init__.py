"""Exporters: plain data in, files out (DOCX, PDF, images, archives). No Qt, no SQL."""

"""Word documents (DOCX): every piece of text the package carries, read from the zip and its XML.

Not through python-docx, which reads body paragraphs, tables and headers only: a name in a footnote, a
text box, a tracked insertion, a deleted run, a comment's author, a picture's alt text, a link's target
or a custom property would pass unseen. Here every XML part is parsed (after the archive checks of
``vault.intake.docx.check_archive``: zip-bomb limits, no DTD or entity declarations) and read twice:

- by structure, with structural locations: body paragraphs and table cells in document order, text
  boxes (DrawingML and VML, at any depth), headers and footers (every header*/footer* part), footnotes,
  endnotes, comments and their authors, tracked changes (inserted, deleted and moved text, and who made
  each change), field instructions, content controls, glossary (building blocks), chart and SmartArt
  text, alt text, relationship targets (links, the attached template), document variables, the people
  list, core, application and custom properties, the names of the parts and the zip's comments;
- as a safety net, every text node, XML comment and text-like attribute value of every part that the
  structured reading did not take, so that text in a place this module does not know is still read.

Parts that are not XML (pictures, embedded documents, OLE objects, fonts, the thumbnail) are returned as
``Embedded`` for the dispatcher's image/PDF/DOCX readers. A paragraph's text is the concatenation of its
runs, so a name split across runs (or across a tracked change) reads whole; a paragraph with tracked
changes is read twice, as it is now and as it was before the changes.

Locations are ``Text`` templates naming structural places only: part names as Word writes them (part
names outside that pattern are numbered instead: a part can be named by whoever built the file), element
positions, never content (no author, property name or file name chosen by the author).
"""

from __future__ import annotations

from vault.readers.docx.package import DocxText, read_docx, read_docx_with_search_text

__all__ = ["DocxText", "read_docx", "read_docx_with_search_text"]

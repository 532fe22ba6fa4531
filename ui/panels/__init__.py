"""Detail panes and panels beside a page's list: record and model editors, metadata, roster, merge."""

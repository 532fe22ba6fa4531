"""The main window's and the welcome window's pages: one view each (evidence, sources, letters, today, …)."""

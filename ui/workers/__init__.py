"""Workers that run vault work off the UI thread and report through signals, with progress and cancel."""

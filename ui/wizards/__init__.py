"""Wizards for long jobs (bundle, merge, handover, receive, annex, drafts): choices, then a JobPage."""

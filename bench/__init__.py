"""Benchmarks: ``python -m bench`` prints figures and writes bench/results.json (not pass/fail tests)."""

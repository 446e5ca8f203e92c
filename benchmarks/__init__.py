"""Benchmarks for the figures the issues name; run with ``make bench``."""

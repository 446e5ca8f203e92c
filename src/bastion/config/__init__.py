"""Configuration kept in the database: the changelog of every change, cache counters,
context rules."""

"""Bastion: a governed AI analytics copilot."""

__version__ = "0.1.0"

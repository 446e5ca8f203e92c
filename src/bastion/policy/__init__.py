"""Governance policy: what may be asked, seen and shown (PII detection, masking, data classes)."""

"""Prompt packs: versioned prompt blocks per org, role and user, merged for each question.

``render`` checks and renders templates (sandboxed Jinja2), ``service`` creates and moves
versions through draft -> active -> archived, ``resolve`` merges the active packs for one
principal (cached per process, invalidated by a counter in the database), ``defaults``
holds the built-in packs every org starts with.
"""

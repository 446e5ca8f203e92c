"""Demo data for the ``analytics`` schema: a deterministic generator and the Pagila importer."""

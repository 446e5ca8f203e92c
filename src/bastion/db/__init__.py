"""Storage: the database in use (embedded or external), engines, models, migrations."""

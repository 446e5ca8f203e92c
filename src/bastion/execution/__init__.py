"""Running guarded SQL: the restricted reader role, per-query store scope, timeouts."""

"""Identity: orgs, users, roles, store scopes, passwords, tokens, sign-in and lockout."""

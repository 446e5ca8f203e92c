"""The web app: server-rendered pages (Jinja2, autoescaped) for people, served by the same
process as the API, with cookie sessions, CSRF protection and a strict CSP."""

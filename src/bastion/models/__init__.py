"""Models: the per-org registry, OpenAI-compatible clients, the router with fallback,
circuit breakers and escalation, and token accounting."""

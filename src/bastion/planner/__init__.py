"""The deterministic planner: a question in plain language -> a typed QueryPlan -> SQL."""

"""The ask flow: a question in plain language -> guarded, scoped SQL -> answer, chart, audit."""

"""Evaluation: golden question sets asked through the ask flow and scored by execution
accuracy (``bastion eval questions``, [evaluation.md](../../../docs/evaluation.md)).

- ``questions``: the question file (JSON Lines) and its validated records;
- ``gold``: the gold rows, from gold SQL run read-only as the database owner, or inline;
- ``compare``: pure functions deciding whether an answer's rows are the gold rows;
- ``outcome``: what a question's answer counts as (correct, wrong, refused, ...);
- ``run``: asking each question as its user, follow-ups in one conversation;
- ``report``: totals, rates and breakdowns per form, user, role and style.
"""

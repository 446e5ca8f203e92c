"""The approval queue: questions held for a human decision (``service``), the time-driven
escalation and expiry with their webhooks (``sweeper``, ``notify``), and the shapes the API
and the CLI show (``schemas``). See docs/approvals.md."""

from bastion.approvals.service import HeldQuestion, hold_question

__all__ = ["HeldQuestion", "hold_question"]

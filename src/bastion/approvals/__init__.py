"""The approval queue: questions held for a human decision (``service``), the time-driven
escalation and expiry with their webhooks (``sweeper``, ``notify``), and the shapes the API
and the CLI show (``schemas``). A question is put in the queue by the ask flow
(``bastion.ask.hold``). See docs/approvals.md."""

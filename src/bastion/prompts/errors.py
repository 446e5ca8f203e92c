"""Errors of prompt packs and configuration; codes are stable."""

from __future__ import annotations

from bastion.errors import AccessDenied, Conflict, InvalidInput, NotFound


class PromptNotFound(NotFound):
    code = "prompts.not_found"


class TemplateInvalid(InvalidInput):
    code = "prompts.template_invalid"


class PromptForbidden(AccessDenied):
    code = "prompts.forbidden"


class PromptConflict(Conflict):
    code = "prompts.conflict"

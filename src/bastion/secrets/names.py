"""The name of an org secret."""

from __future__ import annotations

import re

from bastion.errors import InvalidInput

NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.-]{0,63}")


def check_name(name: str) -> str:
    if not NAME.fullmatch(name):
        raise InvalidInput(
            "A secret's name is 1 to 64 letters, digits, '_', '.' or '-', starting with a letter.",
            code="secrets.name_invalid",
        )
    return name

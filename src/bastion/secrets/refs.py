"""References to secrets, what each caller may reference, and where keys may go.

A reference is ``secret:NAME`` (one of the org's own secrets, ``store``), or, for the
operator only, ``env:VARIABLE`` (under ``BASTION_SECRET_ENV_PREFIX``, never one of
Bastion's own settings) or ``file:PATH`` (inside ``BASTION_SECRET_DIR``, never in
``BASTION_HOME``). The rules are applied when a reference is saved and again when it is
read, so a reference saved before a rule tightened cannot be read either.

``HostAllowlist`` is the operator's list of hosts models may be reached at
(``BASTION_MODEL_HOSTS``); ``KeyResolver`` checks a model's host against it before it
reads the model's key, so no key (and no request) goes anywhere else.
"""

from __future__ import annotations

import ipaddress
import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import Engine

from bastion.errors import ConfigurationError, InvalidInput
from bastion.secrets.box import SecretBox
from bastion.secrets.names import check_name
from bastion.secrets.store import read_secret
from bastion.settings import Settings

MAX_SECRET_BYTES = 8192
OPERATOR_ONLY = (
    "env: and file: references are for the operator at the server's command line; store "
    "the key as one of your organisation's secrets and reference it as secret:NAME."
)

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


OWN_VARIABLES = frozenset(f"BASTION_{name.upper()}" for name in Settings.model_fields)
"""The environment variables Bastion reads its own settings from."""


def _invalid(message: str) -> InvalidInput:
    return InvalidInput(message, code="models.secret_ref_invalid")


def check_ref(ref: str | None, settings: Settings, *, operator: bool) -> str | None:
    """The reference as stored, or ``InvalidInput``: ``secret:NAME`` for anyone who may
    change the configuration, ``env:``/``file:`` only for the operator (``operator``: the
    change comes from the CLI on the server) and only within the operator's limits."""
    if ref is None or ref.strip() == "":
        return None
    kind, _, target = ref.strip().partition(":")
    target = target.strip()
    if kind not in ("secret", "env", "file") or not target:
        raise _invalid(
            "api_key_ref must be secret:NAME, naming one of your organisation's secrets; "
            "keys themselves are never stored."
        )
    if kind == "secret":
        try:
            check_name(target)
        except InvalidInput as exc:
            raise _invalid(exc.message) from None
    elif not operator:
        raise InvalidInput(OPERATOR_ONLY, code="models.secret_ref_operator_only")
    elif kind == "env":
        _check_variable(target, settings)
    else:
        _secret_path(target, settings)
    return f"{kind}:{target}"


def _check_variable(name: str, settings: Settings) -> None:
    prefix = settings.secret_env_prefix
    if not name.replace("_", "").isalnum():
        raise _invalid("An env: reference names an environment variable (letters, digits, _).")
    if not prefix:
        raise _invalid("env: references are off: BASTION_SECRET_ENV_PREFIX is not set.")
    if not name.startswith(prefix) or name in OWN_VARIABLES:
        raise _invalid(
            f"An env: reference names a variable starting with {prefix} (and never one of "
            "Bastion's own settings)."
        )


def _secret_path(target: str, settings: Settings) -> Path:
    """The file a ``file:`` reference may read, by its real path (links followed)."""
    if settings.secret_dir is None:
        raise _invalid("file: references are off: BASTION_SECRET_DIR is not set.")
    folder = Path(os.path.realpath(settings.secret_dir))
    path = Path(os.path.realpath(folder / target))  # an absolute target stays absolute
    home = Path(os.path.realpath(settings.home))
    if not path.is_relative_to(folder) or path == folder or path.is_relative_to(home):
        raise _invalid(
            f"A file: reference names a file inside {folder} (and never in BASTION_HOME)."
        )
    return path


class HostAllowlist:
    """The hosts models may be reached at: names, ``*.`` subdomain wildcards, IP
    addresses and networks. Names are compared as written (no DNS lookups): ``127.1`` or
    a decimal address is not ``127.0.0.1``."""

    def __init__(self, entries: str, *, always: tuple[str, ...] = ()) -> None:
        self.names: set[str] = set()
        self.suffixes: list[str] = []
        self.networks: list[Network] = []
        for raw in [*entries.split(","), *always]:
            entry = raw.strip().lower().rstrip(".")
            if not entry:
                continue
            if entry.startswith("*."):
                self.suffixes.append(entry[1:])
                continue
            try:
                self.networks.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
            except ValueError:
                if not re.fullmatch(r"[a-z0-9]([a-z0-9.-]*[a-z0-9])?", entry):
                    raise ConfigurationError(
                        f"BASTION_MODEL_HOSTS has an entry that is not a host, a *.domain, "
                        f"an address or a network: {raw.strip()!r}.",
                        code="settings.invalid",
                    ) from None
                self.names.add(entry)

    @classmethod
    def from_settings(cls, settings: Settings) -> HostAllowlist:
        own = urlsplit(settings.llm_base_url or "").hostname
        return cls(settings.model_hosts, always=(own,) if own else ())

    def allows(self, url: str) -> bool:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower().rstrip(".")
        if parts.scheme not in ("http", "https") or not host:
            return False
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            return host in self.names or any(host.endswith(s) for s in self.suffixes)
        return any(address in network for network in self.networks)

    def check(self, url: str) -> None:
        if not self.allows(url):
            host = urlsplit(url).hostname or url
            raise InvalidInput(
                f"Models may not be reached at {host}: it is not among the hosts the "
                "operator allowed (BASTION_MODEL_HOSTS).",
                code="models.host_not_allowed",
                details={"host": host},
            )


@dataclass
class KeyResolver:
    """Reads a registry model's key when the model is called (so a rotated key needs no
    restart), after checking where the call goes."""

    settings: Settings
    hosts: HostAllowlist
    engine: Engine | None = None  # where org secrets are read; None: no secret: refs
    box: SecretBox | None = None

    @classmethod
    def from_settings(
        cls, settings: Settings, engine: Engine | None = None, box: SecretBox | None = None
    ) -> KeyResolver:
        return cls(settings, HostAllowlist.from_settings(settings), engine, box)

    def key_for(self, base_url: str, ref: str | None, org_id: int | None) -> str | None:
        """The key to send to ``base_url``, or ``ConfigurationError``/``InvalidInput``
        when the host is not allowed or the reference cannot be read."""
        self.hosts.check(base_url)
        if ref is None:
            return None
        kind, _, target = ref.partition(":")
        if kind == "secret":
            return self._org_secret(org_id, target)
        try:
            if kind == "env":
                _check_variable(target, self.settings)
            elif kind == "file":
                return self._file(_secret_path(target, self.settings))
            else:
                raise _invalid(f"{kind}: is not a kind of secret reference.")
        except InvalidInput as exc:
            raise ConfigurationError(
                f"The model's key reference is no longer allowed: {exc.message}",
                code="models.secret_ref_invalid",
            ) from None
        value = os.environ.get(target)
        if value is None:
            raise _missing(f"The environment variable {target} is not set.")
        return value

    def _org_secret(self, org_id: int | None, name: str) -> str:
        if self.engine is None or self.box is None or org_id is None:
            raise _missing(f"The secret {name} cannot be read here.")
        with self.engine.connect() as conn:
            value = read_secret(conn, self.box, org_id, name)
        if value is None:
            raise _missing(f"Your organisation has no secret named {name}.")
        return value

    @staticmethod
    def _file(path: Path) -> str:
        try:
            data = path.read_bytes()[:MAX_SECRET_BYTES]
        except OSError:
            raise _missing(f"The secret file {path.name} cannot be read.") from None
        return data.decode("utf-8", "replace").strip()


def _missing(message: str) -> ConfigurationError:
    return ConfigurationError(message, code="models.secret_missing")

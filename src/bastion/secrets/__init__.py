"""Secrets an org's configuration may reference, and where keys may be sent.

An org admin stores a secret (a model's API key, later a data source's password) once,
through the API, the web app or the CLI; it is encrypted at rest (``box``), never shown
or returned again, and referenced by name as ``secret:NAME`` (``store``). The operator
may also let configuration read ``env:`` variables under one prefix and ``file:`` paths
in one folder, never Bastion's own secrets (``refs``). A key only ever goes to a host the
operator allowed (``refs.HostAllowlist``).
"""

from bastion.secrets import store
from bastion.secrets.box import SecretBox
from bastion.secrets.refs import HostAllowlist, KeyResolver, check_ref

__all__ = ["HostAllowlist", "KeyResolver", "SecretBox", "check_ref", "store"]

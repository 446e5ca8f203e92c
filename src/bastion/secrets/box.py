"""Org secrets encrypted at rest with AES-256-GCM (``cryptography``): a fresh 96-bit nonce
per value and the org and the secret's name as associated data, so a value copied into
another org's row, or under another name, does not decrypt. The key is derived with
HKDF-SHA256 from ``BASTION_SECRETS_KEY``, or from a key generated once into
``BASTION_HOME/secrets/secrets_key``."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from bastion.db.home import read_or_create_secret
from bastion.errors import ConfigurationError
from bastion.settings import Settings

FORMAT = b"\x01"  # the layout below: format byte, nonce, ciphertext with its tag
NONCE_BYTES = 12
MIN_KEY_CHARS = 32


class SecretBox:
    """Seals and opens the values of org secrets."""

    def __init__(self, key_material: str) -> None:
        if len(key_material) < MIN_KEY_CHARS:
            raise ConfigurationError(
                f"BASTION_SECRETS_KEY must be at least {MIN_KEY_CHARS} characters.",
                code="secrets.key_invalid",
            )
        key = HKDF(algorithm=SHA256(), length=32, salt=None, info=b"bastion org secrets v1")
        self._aead = AESGCM(key.derive(key_material.encode()))

    @classmethod
    def from_settings(cls, settings: Settings) -> SecretBox:
        if settings.secrets_key is not None:
            return cls(settings.secrets_key.get_secret_value())
        return cls(read_or_create_secret(settings.home, "secrets_key"))

    def seal(self, org_id: int, name: str, value: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return FORMAT + nonce + self._aead.encrypt(nonce, value.encode(), _bound(org_id, name))

    def open(self, org_id: int, name: str, sealed: bytes) -> str:
        nonce, body = sealed[1 : 1 + NONCE_BYTES], sealed[1 + NONCE_BYTES :]
        try:
            if sealed[:1] != FORMAT:
                raise InvalidTag
            return self._aead.decrypt(nonce, body, _bound(org_id, name)).decode()
        except (InvalidTag, ValueError):
            raise ConfigurationError(
                f"The secret {name} cannot be decrypted: it was written with another "
                "BASTION_SECRETS_KEY, or changed outside Bastion. Store it again.",
                code="secrets.undecryptable",
            ) from None


def _bound(org_id: int, name: str) -> bytes:
    return f"org={org_id};name={name}".encode()

"""Argon2id hashing: real hashes, re-hashing when the parameters change."""

from __future__ import annotations

from bastion.identity.passwords import Passwords


def test_hash_and_verify() -> None:
    passwords = Passwords(time_cost=1, memory_kib=8192, parallelism=1)
    hashed = passwords.hash("s3cret pass")
    assert hashed.startswith("$argon2id$")
    assert "s3cret" not in hashed
    assert passwords.verify(hashed, "s3cret pass")
    assert not passwords.verify(hashed, "s3cret pasS")
    assert not passwords.verify("not a hash", "s3cret pass")
    assert not passwords.verify(None, "anything")  # unknown user: a dummy check, never true


def test_changed_parameters_ask_for_a_rehash() -> None:
    old = Passwords(time_cost=1, memory_kib=8192, parallelism=1)
    new = Passwords(time_cost=2, memory_kib=8192, parallelism=1)
    hashed = old.hash("pw")
    assert new.verify(hashed, "pw")
    assert new.needs_rehash(hashed) and not old.needs_rehash(hashed)

"""Secret references and the host allowlist on their own: who may name what, what a
reference may read, and which hosts a key may go to."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bastion.errors import ConfigurationError, InvalidInput
from bastion.secrets import HostAllowlist, KeyResolver, SecretBox, check_ref
from bastion.settings import Settings


def settings(home: Path, **values: object) -> Settings:
    return Settings(_env_file=None, home=home, **values)  # type: ignore[call-arg]


def test_org_admins_name_only_their_orgs_secrets(tmp_path: Path) -> None:
    s = settings(tmp_path, secret_env_prefix="KEYS_", secret_dir=tmp_path / "keys")
    assert check_ref(" secret:openrouter.key ", s, operator=False) == "secret:openrouter.key"
    assert check_ref("", s, operator=False) is None and check_ref(None, s, operator=False) is None
    for bad in ("sk-or-v1-abcdef", "secret:", "secret:1x", "secret:a b", "vault:x", "env:"):
        with pytest.raises(InvalidInput) as caught:
            check_ref(bad, s, operator=False)
        assert caught.value.code == "models.secret_ref_invalid", bad
    # Even within the operator's limits, env: and file: are the operator's alone.
    for ref in ("env:KEYS_A", "file:a.key", "env:BASTION_JWT_SECRET", "file:jwt_secret"):
        with pytest.raises(InvalidInput) as caught:
            check_ref(ref, s, operator=False)
        assert caught.value.code == "models.secret_ref_operator_only", ref


def test_the_operator_names_variables_under_the_prefix_never_bastions_own(tmp_path: Path) -> None:
    off = settings(tmp_path)
    with pytest.raises(InvalidInput, match="BASTION_SECRET_ENV_PREFIX is not set"):
        check_ref("env:OPENAI_API_KEY", off, operator=True)
    on = settings(tmp_path, secret_env_prefix="BASTION_")
    assert check_ref("env:BASTION_MODEL_KEY_A", on, operator=True) == "env:BASTION_MODEL_KEY_A"
    for own in ("BASTION_JWT_SECRET", "BASTION_LLM_API_KEY", "BASTION_DATABASE_URL",
                "BASTION_READER_PASSWORD", "BASTION_SECRETS_KEY", "OPENAI_API_KEY"):  # fmt: skip
        with pytest.raises(InvalidInput) as caught:
            check_ref(f"env:{own}", on, operator=True)
        assert caught.value.code == "models.secret_ref_invalid", own


def test_the_operator_names_files_in_the_folder_never_in_the_home(tmp_path: Path) -> None:
    home, keys = tmp_path / "home", tmp_path / "keys"
    (home / "secrets").mkdir(parents=True)
    (home / "secrets" / "jwt_secret").write_text("the signing secret")
    keys.mkdir()
    (keys / "a.key").write_text("sk-a\n")
    (keys / "escape").symlink_to(home / "secrets" / "jwt_secret")
    with pytest.raises(InvalidInput, match="BASTION_SECRET_DIR is not set"):
        check_ref("file:a.key", settings(home), operator=True)
    s = settings(home, secret_dir=keys)
    assert check_ref("file:a.key", s, operator=True) == "file:a.key"
    assert check_ref(f"file:{keys / 'a.key'}", s, operator=True) == f"file:{keys / 'a.key'}"
    for bad in ("file:../home/secrets/jwt_secret", f"file:{home}/secrets/jwt_secret",
                "file:escape", "file:.", "file:/etc/passwd"):  # fmt: skip
        with pytest.raises(InvalidInput) as caught:
            check_ref(bad, s, operator=True)
        assert caught.value.code == "models.secret_ref_invalid", bad
    # A folder that is (or holds) the home still never yields the home's files.
    inside = settings(home, secret_dir=home)
    with pytest.raises(InvalidInput):
        check_ref("file:secrets/jwt_secret", inside, operator=True)


def test_references_are_checked_again_when_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reference saved before the rules (or under looser ones) is not read."""
    home, keys = tmp_path / "home", tmp_path / "keys"
    (home / "secrets").mkdir(parents=True)
    (home / "secrets" / "jwt_secret").write_text("the signing secret")
    keys.mkdir()
    (keys / "a.key").write_text("sk-a\n")
    monkeypatch.setenv("KEYS_A", "sk-env")
    monkeypatch.setenv("BASTION_LLM_API_KEY", "sk-operator")
    s = settings(home, model_hosts="127.0.0.1", secret_env_prefix="KEYS_", secret_dir=keys)
    keys_of = KeyResolver.from_settings(s)
    url = "http://127.0.0.1:9/v1"
    assert keys_of.key_for(url, "env:KEYS_A", 1) == "sk-env"
    assert keys_of.key_for(url, "file:a.key", 1) == "sk-a"
    assert keys_of.key_for(url, None, 1) is None
    stale = ("env:BASTION_LLM_API_KEY", f"file:{home}/secrets/jwt_secret", "file:../home/x")
    for ref in stale:
        with pytest.raises(ConfigurationError) as caught:
            keys_of.key_for(url, ref, 1)
        assert caught.value.code == "models.secret_ref_invalid", ref
    with pytest.raises(ConfigurationError) as caught:  # read in the folder, not the home
        keys_of.key_for(url, "file:jwt_secret", 1)
    assert caught.value.code == "models.secret_missing"
    with pytest.raises(ConfigurationError) as caught:
        keys_of.key_for(url, "env:KEYS_UNSET", 1)
    assert caught.value.code == "models.secret_missing"
    with pytest.raises(ConfigurationError) as caught:  # no database here
        keys_of.key_for(url, "secret:a", 1)
    assert caught.value.code == "models.secret_missing"


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://api.openai.com/v1", True),
        ("https://API.OpenAI.com./v1", True),
        ("https://api.openai.com.evil.example/v1", False),
        ("https://evil.example/api.openai.com/v1", False),
        ("https://api.openai.com@evil.example/v1", False),  # user info, not the host
        ("http://llm.corp.internal:8000/v1", True),
        ("http://corp.internal/v1", False),  # the wildcard is for subdomains
        ("http://xcorp.internal/v1", False),
        ("http://10.2.3.4:11434/v1", True),
        ("http://11.2.3.4/v1", False),
        ("http://[::1]:8000/v1", True),
        ("http://127.0.0.1/v1", False),
        ("http://127.1/v1", False),  # an address is compared as written, never resolved
        ("http://2130706433/v1", False),
        ("ftp://api.openai.com/v1", False),
        ("http:///v1", False),
        ("https://ollama.local:11434/v1", True),
    ],
)
def test_keys_go_only_to_hosts_the_operator_allowed(url: str, allowed: bool) -> None:
    hosts = HostAllowlist("api.openai.com, *.corp.internal, 10.0.0.0/8, ::1, OLLAMA.local")
    assert hosts.allows(url) is allowed


def test_nothing_is_allowed_by_default_but_the_operators_own_endpoint(tmp_path: Path) -> None:
    none = HostAllowlist.from_settings(settings(tmp_path))
    assert not none.allows("http://127.0.0.1:8000/v1")
    own = HostAllowlist.from_settings(settings(tmp_path, llm_base_url="http://gw.corp:4000/v1"))
    assert own.allows("http://gw.corp:9999/v1") and not own.allows("http://other.corp/v1")
    with pytest.raises(InvalidInput) as caught:
        own.check("http://other.corp/v1")
    assert caught.value.code == "models.host_not_allowed"
    assert caught.value.details == {"host": "other.corp"}
    with pytest.raises(ConfigurationError):
        HostAllowlist("api.openai.com, http://x/")


def test_sealed_values_open_only_for_their_org_name_and_key(tmp_path: Path) -> None:
    box = SecretBox("k" * 32)
    sealed = box.seal(1, "router-key", "sk-secret-value")
    assert b"sk-secret-value" not in sealed
    assert box.open(1, "router-key", sealed) == "sk-secret-value"
    assert box.seal(1, "router-key", "sk-secret-value") != sealed  # a fresh nonce each time
    for org, name, key in ((2, "router-key", "k" * 32), (1, "other", "k" * 32),
                           (1, "router-key", "j" * 32)):  # fmt: skip
        with pytest.raises(ConfigurationError) as caught:
            SecretBox(key).open(org, name, sealed)
        assert caught.value.code == "secrets.undecryptable"
    tampered = sealed[:-1] + bytes([sealed[-1] ^ 1])
    with pytest.raises(ConfigurationError):
        box.open(1, "router-key", tampered)
    with pytest.raises(ConfigurationError) as caught:
        SecretBox("short")
    assert caught.value.code == "secrets.key_invalid"
    generated = SecretBox.from_settings(settings(tmp_path))
    assert generated.open(3, "a", SecretBox.from_settings(settings(tmp_path)).seal(3, "a", "v"))
    assert os.stat(tmp_path / "secrets" / "secrets_key").st_mode & 0o077 == 0

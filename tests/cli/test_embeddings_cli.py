"""``bastion embeddings check`` in a fresh process that could not download anything: an
empty Hugging Face cache and every hub or proxy address pointing at a closed port."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import assert_one_line_error, run

NO_NETWORK = {
    "HF_ENDPOINT": "http://127.0.0.1:9",
    "HTTP_PROXY": "http://127.0.0.1:9",
    "HTTPS_PROXY": "http://127.0.0.1:9",
    "ALL_PROXY": "http://127.0.0.1:9",
    "NO_PROXY": "",
}


def test_check_loads_the_bundled_model_with_no_network(tmp_path: Path) -> None:
    env = {**NO_NETWORK, "HF_HOME": str(tmp_path / "hf"), "HF_HUB_OFFLINE": "0"}
    result = run(tmp_path, "embeddings", "check", "--json", env=env)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["name"] == "all-MiniLM-L6-v2"
    assert data["dimensions"] == 384 and data["status"] == "ready"
    assert data["load_seconds"] > 0
    cosine = {(pair["a"], pair["b"]): pair["cosine"] for pair in data["similarities"]}
    assert cosine["movies", "films"] > cosine["movies", "payments"]
    assert cosine["income", "revenue"] > cosine["movies", "payments"]
    assert not (tmp_path / "hf").exists()  # nothing was fetched into a cache


def test_check_says_when_embeddings_are_off(tmp_path: Path) -> None:
    result = run(tmp_path, "embeddings", "check", "--json", env={"BASTION_EMBEDDINGS": "off"})
    assert json.loads(result.stdout)["error"]["code"] == "embeddings.unavailable"
    assert_one_line_error(result, "BASTION_EMBEDDINGS=off")

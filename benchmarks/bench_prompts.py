"""Prompt resolution (issue 5: "resolving the merged active prompt for a question: under
2 ms p50"): the org, role and user packs of one user merged, as the ask flow asks for them
(one counter read per question, the merge cached per process), and, for reference, the
same after every change (a new draft version saved: cache dropped, merge reloaded)."""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.common import bastion, report

TARGET_P50_MS = 2.0
ROUNDS = 2000


def measure(home: Path) -> tuple[list[float], list[float]]:
    os.environ["BASTION_HOME"] = str(home)
    from bastion.identity import service
    from bastion.prompts import service as prompts
    from bastion.prompts.schemas import BlockIn, PromptBlocksUpdate, PromptPackCreate, ScopeIn
    from bastion.services import Services
    from bastion.settings import Settings

    services = Services.from_settings(Settings())
    with services.db.session() as session:
        principal = service.principal_of(service.find_user(session, "manager_multi"))
        for kind, extra in (
            ("role", {"role": "store_manager"}),
            ("user", {"user": "manager_multi"}),
        ):
            pack = prompts.create_pack(
                session,
                principal.org_id,
                None,
                PromptPackCreate(
                    name=f"bench-{kind}-{time.time_ns()}",
                    purpose="narration",
                    scope=ScopeIn(kind=kind, **extra),  # type: ignore[arg-type]
                    blocks=[
                        BlockIn(name="style", template="detail: detailed", mode="append"),
                        BlockIn(name="rules", template="- be brief", mode="append"),
                    ],
                    activate=True,
                ),
            )
    engine = services.db.autocommit
    args = (principal.org_id, principal.role, principal.user_id)
    for _ in range(50):
        services.prompts.resolve(engine, *args)
    cached = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        resolved = services.prompts.resolve(engine, *args)
        cached.append((time.perf_counter() - started) * 1000)
    assert len(resolved.versions) >= 6 and resolved.style.detail == "detailed"
    reloaded = []
    for _ in range(200):
        with services.db.session() as session:
            draft = PromptBlocksUpdate(blocks=[BlockIn(name="style", template="detail: short")])
            prompts.save_version(session, principal.org_id, None, pack.id, draft)
        started = time.perf_counter()
        services.prompts.resolve(engine, *args)
        reloaded.append((time.perf_counter() - started) * 1000)
    services.dispose()
    return cached, reloaded


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="bastion-bench-prompts-"))
    try:
        bastion(home, "init", "--generate", "--scale", "0.1")
        cached, reloaded = measure(home)
        report(
            "merged active prompt, per question (p50)",
            statistics.median(cached),
            "ms",
            TARGET_P50_MS,
            lower_is_better=True,
        )
        report(
            "merged active prompt after a change (p50, reloaded)",
            statistics.median(reloaded),
            "ms",
            10.0,
            lower_is_better=True,
        )
    finally:
        bastion(home, "db", "stop")
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()

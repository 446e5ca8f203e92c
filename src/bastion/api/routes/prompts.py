"""Prompt packs (seed 000's API plus versions, diff, rollback and labels)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Query, status

from bastion.errors import AccessDenied
from bastion.http.deps import CurrentPrincipal, ServicesDep, SessionDep
from bastion.identity import service as identity
from bastion.prompts import service
from bastion.prompts.resolve import ResolvedPrompts, load
from bastion.prompts.schemas import (
    ActiveBlock,
    ActivePrompts,
    BlockSource,
    LabelSet,
    PromptBlocksUpdate,
    PromptDiff,
    PromptPackCreate,
    PromptPackPublic,
    PromptVersionPublic,
    VersionChoice,
)
from bastion.vocabulary import VersionChange

router = APIRouter(prefix="/api/prompts", tags=["prompts"])


def active_public(
    resolved: ResolvedPrompts, user_id: int, username: str, role: str
) -> ActivePrompts:
    blocks = [
        ActiveBlock(
            purpose=block.purpose,
            name=block.name,
            template=block.template,
            variables=list(block.variables),
            sources=[BlockSource(**source) for source in block.sources],
        )
        for purpose in sorted(resolved.blocks)
        for block in resolved.blocks[purpose].values()
    ]
    return ActivePrompts(
        user_id=user_id,
        username=username,
        role=role,
        blocks=blocks,
        versions=list(resolved.versions),
        narration_style={
            "currency_symbol": resolved.style.currency_symbol,
            "decimals": resolved.style.decimals,
            "detail": resolved.style.detail,
        },
    )


@router.get("/active", response_model=ActivePrompts, summary="The merged prompt for a user")
def active(
    principal: CurrentPrincipal,
    services: ServicesDep,
    session: SessionDep,
    user: Annotated[str | None, Query(description="admins: another user's")] = None,
) -> ActivePrompts:
    if user is not None and identity.normalise_username(user) != principal.username:
        if not principal.is_admin:
            raise AccessDenied(
                "Only administrators may see another user's prompts.", code="prompts.forbidden"
            )
        target = identity.principal_of(identity.find_user(session, user, principal.org_id))
        resolved = load(session.connection(), target.org_id, target.role, target.user_id)
        return active_public(resolved, target.user_id, target.username, target.role)
    resolved = services.prompts.resolve(
        services.db.autocommit, principal.org_id, principal.role, principal.user_id
    )
    return active_public(resolved, principal.user_id, principal.username, principal.role)


@router.get("", response_model=list[PromptPackPublic], summary="Prompt packs you may see")
def list_packs(
    principal: CurrentPrincipal,
    session: SessionDep,
    purpose: Annotated[str | None, Query()] = None,
) -> list[PromptPackPublic]:
    packs = service.list_packs(session, principal.org_id, principal, purpose)
    return [service.pack_public(session, p) for p in packs]


@router.post(
    "",
    response_model=PromptPackPublic,
    status_code=status.HTTP_201_CREATED,
    summary="Create a pack (version 1)",
)
def create_pack(
    body: PromptPackCreate, principal: CurrentPrincipal, session: SessionDep
) -> PromptPackPublic:
    return service.create_pack(session, principal.org_id, principal, body)


@router.get("/{pack_id}", response_model=PromptPackPublic, summary="One pack")
def get_pack(pack_id: int, principal: CurrentPrincipal, session: SessionDep) -> PromptPackPublic:
    found = service.get_pack(session, principal.org_id, principal, pack_id)
    return service.pack_public(session, found)


@router.put(
    "/{pack_id}/blocks",
    response_model=PromptVersionPublic,
    status_code=status.HTTP_201_CREATED,
    summary="Save new blocks as a new version",
)
def save_blocks(
    pack_id: int, body: PromptBlocksUpdate, principal: CurrentPrincipal, session: SessionDep
) -> PromptVersionPublic:
    return service.save_version(session, principal.org_id, principal, pack_id, body)


@router.get("/{pack_id}/versions", response_model=list[PromptVersionPublic], summary="All versions")
def versions(
    pack_id: int, principal: CurrentPrincipal, session: SessionDep
) -> list[PromptVersionPublic]:
    return service.list_versions(session, principal.org_id, principal, pack_id)


@router.get("/{pack_id}/diff", response_model=PromptDiff, summary="Diff of two versions")
def diff(
    pack_id: int,
    principal: CurrentPrincipal,
    session: SessionDep,
    from_: Annotated[int, Query(alias="from")],
    to: Annotated[int, Query()],
) -> PromptDiff:
    return service.diff_versions(session, principal.org_id, principal, pack_id, from_, to)


def _version_change(change: service.ChangeVersion) -> Callable[..., PromptVersionPublic]:
    """The route of one change of a version's status (activate, archive, rollback); the
    body names the version, each change has its default."""

    def change_version(
        pack_id: int,
        principal: CurrentPrincipal,
        session: SessionDep,
        body: VersionChoice | None = None,
    ) -> PromptVersionPublic:
        number = body.version if body else None
        return change(session, principal.org_id, principal, pack_id, number)

    return change_version


VERSION_SUMMARIES: dict[VersionChange, str] = {
    "activate": "Activate a version",
    "archive": "Archive",
    "rollback": "Back to an earlier one",
}
for _name, _change in service.VERSION_CHANGES.items():
    router.add_api_route(
        f"/{{pack_id}}/{_name}",
        _version_change(_change),
        methods=["POST"],
        name=_name,
        response_model=PromptVersionPublic,
        summary=VERSION_SUMMARIES[_name],
    )


@router.put("/{pack_id}/labels/{label}", response_model=PromptPackPublic, summary="Point a label")
def set_label(
    pack_id: int, label: str, body: LabelSet, principal: CurrentPrincipal, session: SessionDep
) -> PromptPackPublic:
    return service.set_label(session, principal.org_id, principal, pack_id, label, body.version)

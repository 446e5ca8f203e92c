"""Prompt packs: create, save versions, activate, archive, roll back, diff, list.

Versions are immutable: saving blocks makes a new version. A pack's row is locked
(``SELECT ... FOR UPDATE``) while its versions change, and a partial unique index allows
one active version per pack, so concurrent activations serialise and exactly one wins.
Every change writes ``config_changelog`` and bumps the ``prompts`` counter in the same
transaction, which is how other processes learn that their cache is stale.

``actor`` is the principal making the change, or ``None`` for the operator at the CLI.
Admins manage every scope of their org; anyone else only packs of their own user scope,
and only blocks that an active org pack marks ``user_editable``.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bastion.config.changelog import log_change
from bastion.db.models import (
    AppUser,
    PromptPack,
    PromptPackBlock,
    PromptPackScope,
    PromptPackVersion,
)
from bastion.identity import service as identity
from bastion.identity.principal import Principal
from bastion.prompts.errors import PromptConflict, PromptForbidden, PromptNotFound, TemplateInvalid
from bastion.prompts.render import MAX_BLOCKS, check_block
from bastion.prompts.schemas import (
    BlockDiff,
    BlockIn,
    BlockPublic,
    PromptDiff,
    PromptPackPublic,
    PromptVersionPublic,
    ScopeIn,
    ScopePublic,
)
from bastion.vocabulary import ROLES, VersionChange

COUNTER = "prompts"
CONFIG_TYPE = "prompt_pack"
LABEL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_-.")


@dataclass
class Pack:
    pack: PromptPack
    scope: PromptPackScope


# --- reading -----------------------------------------------------------------------------


def _pack(session: Session, org_id: int, pack_id: int, *, lock: bool = False) -> Pack:
    query = (
        select(PromptPack, PromptPackScope)
        .join(PromptPackScope, PromptPackScope.pack_id == PromptPack.id)
        .where(PromptPack.id == pack_id, PromptPack.org_id == org_id)
    )
    if lock:
        query = query.with_for_update(of=PromptPack)
    row = session.execute(query).one_or_none()
    if row is None:
        raise PromptNotFound(f"There is no prompt pack {pack_id} in your organisation.")
    return Pack(row[0], row[1])


def _may_read(actor: Principal | None, scope: PromptPackScope) -> bool:
    if actor is None or actor.is_admin:
        return True
    return (
        scope.scope_kind == "org"
        or (scope.scope_kind == "role" and scope.role == actor.role)
        or (scope.scope_kind == "user" and scope.user_id == actor.user_id)
    )


def get_pack(session: Session, org_id: int, actor: Principal | None, pack_id: int) -> Pack:
    found = _pack(session, org_id, pack_id)
    if not _may_read(actor, found.scope):
        raise PromptNotFound(f"There is no prompt pack {pack_id} in your organisation.")
    return found


def find_pack(session: Session, org_id: int, name: str) -> Pack:
    pack_id = session.scalar(
        select(PromptPack.id).where(PromptPack.org_id == org_id, PromptPack.name == name)
    )
    if pack_id is None:
        raise PromptNotFound(f"There is no prompt pack named '{name}' in your organisation.")
    return _pack(session, org_id, pack_id)


def _versions(session: Session, pack_id: int) -> list[PromptPackVersion]:
    query = select(PromptPackVersion).where(PromptPackVersion.pack_id == pack_id)
    return list(session.scalars(query.order_by(PromptPackVersion.version)))


def _blocks(session: Session, version_id: int) -> list[PromptPackBlock]:
    query = select(PromptPackBlock).where(PromptPackBlock.version_id == version_id)
    return list(session.scalars(query.order_by(PromptPackBlock.id)))


def _version(session: Session, pack_id: int, number: int) -> PromptPackVersion:
    found = session.scalar(
        select(PromptPackVersion).where(
            PromptPackVersion.pack_id == pack_id, PromptPackVersion.version == number
        )
    )
    if found is None:
        raise PromptNotFound(
            f"Prompt pack {pack_id} has no version {number}.", code="prompts.version_not_found"
        )
    return found


def scope_public(session: Session, scope: PromptPackScope) -> ScopePublic:
    username = None
    if scope.user_id is not None:
        username = session.scalar(select(AppUser.username).where(AppUser.id == scope.user_id))
    return ScopePublic(
        kind=scope.scope_kind,
        role=scope.role,
        user_id=scope.user_id,
        username=username,
    )


def pack_public(session: Session, found: Pack) -> PromptPackPublic:
    versions = _versions(session, found.pack.id)
    labels = {label: v.version for v in versions for label in v.labels}
    active = next((v.version for v in versions if v.status == "active"), None)
    pack = found.pack
    return PromptPackPublic(
        id=pack.id,
        org_id=pack.org_id,
        name=pack.name,
        purpose=pack.purpose,
        description=pack.description,
        scope=scope_public(session, found.scope),
        active_version=active,
        latest_version=max((v.version for v in versions), default=0),
        labels=labels,
        created_at=pack.created_at,
    )


def version_public(session: Session, version: PromptPackVersion) -> PromptVersionPublic:
    return PromptVersionPublic(
        id=version.id,
        pack_id=version.pack_id,
        version=version.version,
        status=version.status,
        labels=list(version.labels),
        note=version.note,
        created_by=version.created_by,
        created_at=version.created_at,
        activated_at=version.activated_at,
        blocks=[
            BlockPublic(
                name=b.name,
                template=b.template,
                variables=list(b.variables),
                mode=b.mode,
                user_editable=b.user_editable,
            )
            for b in _blocks(session, version.id)
        ],
    )


def list_packs(
    session: Session, org_id: int, actor: Principal | None, purpose: str | None = None
) -> list[Pack]:
    query = (
        select(PromptPack, PromptPackScope)
        .join(PromptPackScope, PromptPackScope.pack_id == PromptPack.id)
        .where(PromptPack.org_id == org_id)
    )
    if purpose is not None:
        query = query.where(PromptPack.purpose == purpose)
    rows = session.execute(query.order_by(PromptPack.id)).all()
    return [Pack(p, s) for p, s in rows if _may_read(actor, s)]


def list_versions(
    session: Session, org_id: int, actor: Principal | None, pack_id: int
) -> list[PromptVersionPublic]:
    found = get_pack(session, org_id, actor, pack_id)
    return [version_public(session, v) for v in _versions(session, found.pack.id)]


def get_version(
    session: Session, org_id: int, actor: Principal | None, pack_id: int, number: int | None
) -> PromptVersionPublic:
    """A version by number; with none, the active one, else the latest."""
    found = get_pack(session, org_id, actor, pack_id)
    versions = _versions(session, found.pack.id)
    if number is not None:
        return version_public(session, _version(session, found.pack.id, number))
    chosen = next((v for v in versions if v.status == "active"), versions[-1])
    return version_public(session, chosen)


def diff_versions(
    session: Session, org_id: int, actor: Principal | None, pack_id: int, old: int, new: int
) -> PromptDiff:
    found = get_pack(session, org_id, actor, pack_id)
    before = {b.name: b for b in _blocks(session, _version(session, found.pack.id, old).id)}
    after = {b.name: b for b in _blocks(session, _version(session, found.pack.id, new).id)}
    blocks = []
    for name in sorted(before.keys() | after.keys()):
        a, b = before.get(name), after.get(name)
        old_text = _describe(a) if a else []
        new_text = _describe(b) if b else []
        lines = list(
            difflib.unified_diff(
                old_text, new_text, f"v{old}/{name}", f"v{new}/{name}", lineterm=""
            )
        )
        change = "added" if a is None else "removed" if b is None else "changed"
        blocks.append(BlockDiff(name=name, change=change if lines else "unchanged", diff=lines))
    return PromptDiff(pack_id=found.pack.id, from_version=old, to_version=new, blocks=blocks)


def _describe(block: PromptPackBlock) -> list[str]:
    head = f"# mode={block.mode} variables={','.join(block.variables)}"
    if block.user_editable:
        head += " user_editable"
    return [head, *block.template.splitlines()]


# --- permissions -------------------------------------------------------------------------


def editable_blocks(session: Session, org_id: int, purpose: str) -> set[str]:
    """Block names that active org-scope packs of ``purpose`` let users override."""
    query = (
        select(PromptPackBlock.name)
        .join(PromptPackVersion, PromptPackVersion.id == PromptPackBlock.version_id)
        .join(PromptPack, PromptPack.id == PromptPackVersion.pack_id)
        .join(PromptPackScope, PromptPackScope.pack_id == PromptPack.id)
        .where(
            PromptPack.org_id == org_id,
            PromptPack.purpose == purpose,
            PromptPackScope.scope_kind == "org",
            PromptPackVersion.status == "active",
            PromptPackBlock.user_editable.is_(True),
        )
    )
    return set(session.scalars(query))


def _authorise(
    session: Session,
    actor: Principal | None,
    scope: PromptPackScope,
    purpose: str,
    blocks: Sequence[BlockIn] = (),
) -> None:
    if actor is None or actor.is_admin:
        return
    if scope.scope_kind != "user" or scope.user_id != actor.user_id:
        raise PromptForbidden(
            "Only administrators manage org and role prompts; you may manage your own "
            "user-scope prompts.",
            details={"scope": scope.scope_kind},
        )
    allowed = editable_blocks(session, scope.org_id, purpose)
    refused = sorted({b.name for b in blocks} - allowed)
    if refused:
        raise PromptForbidden(
            f"Your organisation does not let users change the block(s) {', '.join(refused)} "
            f"of {purpose} prompts; editable: {', '.join(sorted(allowed)) or 'none'}.",
            code="prompts.block_not_editable",
            details={"blocks": refused, "editable": sorted(allowed)},
        )
    if any(b.user_editable for b in blocks):
        raise PromptForbidden(
            "Only administrators mark blocks as user-editable.", code="prompts.forbidden"
        )


def _scope_row(session: Session, org_id: int, actor: Principal | None, scope: ScopeIn) -> Any:
    if scope.kind == "org":
        if scope.role or scope.user:
            raise TemplateInvalid("An org scope takes no role or user.", code="prompts.bad_scope")
        return PromptPackScope(org_id=org_id, scope_kind="org")
    if scope.kind == "role":
        if scope.role not in ROLES or scope.user:
            raise TemplateInvalid(
                f"A role scope needs one of: {', '.join(ROLES)}.", code="prompts.bad_scope"
            )
        return PromptPackScope(org_id=org_id, scope_kind="role", role=scope.role)
    if scope.user is None:
        if actor is None:
            raise TemplateInvalid("A user scope needs a username.", code="prompts.bad_scope")
        return PromptPackScope(org_id=org_id, scope_kind="user", user_id=actor.user_id)
    user = identity.find_user(session, scope.user, org_id)
    return PromptPackScope(org_id=org_id, scope_kind="user", user_id=user.id)


# --- changing ----------------------------------------------------------------------------


def _check_blocks(purpose: str, blocks: Sequence[BlockIn]) -> None:
    if len(blocks) > MAX_BLOCKS:
        raise TemplateInvalid(
            f"A version holds at most {MAX_BLOCKS} blocks.", code="prompts.too_many_blocks"
        )
    names = [b.name for b in blocks]
    if len(set(names)) != len(names):
        raise TemplateInvalid("Each block name may appear once.", code="prompts.duplicate_block")
    for block in blocks:
        check_block(purpose, block.name, block.template, block.variables)


def _check_labels(labels: Sequence[str]) -> list[str]:
    for label in labels:
        if not label or len(label) > 40 or not set(label) <= LABEL_CHARS:
            raise TemplateInvalid(
                f"Label '{label}' must be 1-40 lower-case letters, digits, '-', '_' or '.'.",
                code="prompts.bad_label",
            )
    return sorted(set(labels))


def snapshot(session: Session, found: Pack, version: PromptPackVersion | None) -> dict[str, Any]:
    """What the changelog keeps of a pack's state: the version and its blocks."""
    data: dict[str, Any] = {
        "name": found.pack.name,
        "purpose": found.pack.purpose,
        "scope": scope_public(session, found.scope).model_dump(exclude_none=True),
    }
    if version is not None:
        data.update(
            version=version.version,
            status=version.status,
            labels=list(version.labels),
            blocks=[b.model_dump() for b in version_public(session, version).blocks],
        )
    return data


def _move_labels(session: Session, pack_id: int, labels: list[str], keep: int) -> None:
    """A label points at one version of a pack: take it off the others."""
    if not labels:
        return
    for other in _versions(session, pack_id):
        if other.id != keep and set(other.labels) & set(labels):
            other.labels = [label for label in other.labels if label not in labels]


def create_pack(
    session: Session, org_id: int, actor: Principal | None, body: Any
) -> PromptPackPublic:
    """A new pack with version 1 (a draft unless ``activate``)."""
    _check_blocks(body.purpose, body.blocks)
    labels = _check_labels(body.labels)
    scope = _scope_row(session, org_id, actor, body.scope)
    _authorise(session, actor, scope, body.purpose, body.blocks)
    taken = session.scalar(
        select(PromptPack.id).where(PromptPack.org_id == org_id, PromptPack.name == body.name)
    )
    if taken is not None:
        raise PromptConflict(
            f"A prompt pack named '{body.name}' exists; save a new version of it instead.",
            code="prompts.name_taken",
            details={"pack_id": taken},
        )
    pack = PromptPack(
        org_id=org_id,
        name=body.name,
        purpose=body.purpose,
        description=body.description,
        created_by=actor.user_id if actor else None,
    )
    session.add(pack)
    session.flush()
    scope.pack_id = pack.id
    session.add(scope)
    found = Pack(pack, scope)
    version = _add_version(session, found, actor, 1, body.blocks, labels, body.note)
    log_change(
        session,
        COUNTER,
        org_id=org_id,
        config_type=CONFIG_TYPE,
        config_id=pack.id,
        config_name=pack.name,
        change_type="create",
        actor=actor,
        summary=f"Created {pack.purpose} prompt pack '{pack.name}' ({scope.scope_kind} scope).",
        after=snapshot(session, found, version),
    )
    if body.activate:
        _activate(session, found, actor, version, "activate")
    session.flush()
    return pack_public(session, found)


def _add_version(
    session: Session,
    found: Pack,
    actor: Principal | None,
    number: int,
    blocks: Sequence[BlockIn],
    labels: list[str],
    note: str | None,
) -> PromptPackVersion:
    version = PromptPackVersion(
        pack_id=found.pack.id,
        version=number,
        status="draft",
        labels=labels,
        note=note,
        created_by=actor.user_id if actor else None,
    )
    session.add(version)
    session.flush()
    for block in blocks:
        session.add(
            PromptPackBlock(
                version_id=version.id,
                name=block.name,
                template=block.template,
                variables=list(dict.fromkeys(block.variables)),
                mode=block.mode,
                user_editable=block.user_editable,
            )
        )
    session.flush()
    _move_labels(session, found.pack.id, labels, version.id)
    return version


def save_version(
    session: Session, org_id: int, actor: Principal | None, pack_id: int, body: Any
) -> PromptVersionPublic:
    """New blocks make a new draft version (or an active one with ``activate``)."""
    found = _pack(session, org_id, pack_id, lock=True)
    if not _may_read(actor, found.scope):
        raise PromptNotFound(f"There is no prompt pack {pack_id} in your organisation.")
    _authorise(session, actor, found.scope, found.pack.purpose, body.blocks)
    _check_blocks(found.pack.purpose, body.blocks)
    labels = _check_labels(body.labels)
    latest = session.scalar(
        select(func.max(PromptPackVersion.version)).where(PromptPackVersion.pack_id == pack_id)
    )
    version = _add_version(session, found, actor, (latest or 0) + 1, body.blocks, labels, body.note)
    previous = _version(session, pack_id, latest) if latest else None
    log_change(
        session,
        COUNTER,
        org_id=org_id,
        config_type=CONFIG_TYPE,
        config_id=pack_id,
        config_name=found.pack.name,
        change_type="new_version",
        actor=actor,
        summary=f"Saved version {version.version} of '{found.pack.name}'.",
        before=snapshot(session, found, previous) if previous else None,
        after=snapshot(session, found, version),
    )
    if body.activate:
        _activate(session, found, actor, version, "activate")
    session.flush()
    return version_public(session, version)


def _activate(
    session: Session,
    found: Pack,
    actor: Principal | None,
    target: PromptPackVersion,
    change_type: str,
) -> PromptPackVersion:
    current = session.scalar(
        select(PromptPackVersion).where(
            PromptPackVersion.pack_id == found.pack.id, PromptPackVersion.status == "active"
        )
    )
    if current is not None and current.id == target.id:
        return target
    before = snapshot(session, found, current)
    if current is not None:
        current.status = "archived"
        session.flush()
    target.status = "active"
    target.activated_at = func.now()
    try:
        session.flush()
    except IntegrityError:
        raise PromptConflict(
            f"Another version of '{found.pack.name}' was activated at the same time; try again.",
            code="prompts.activation_conflict",
        ) from None
    session.refresh(target)
    verb = "Rolled back" if change_type == "rollback" else "Activated"
    log_change(
        session,
        COUNTER,
        org_id=found.pack.org_id,
        config_type=CONFIG_TYPE,
        config_id=found.pack.id,
        config_name=found.pack.name,
        change_type=change_type,
        actor=actor,
        summary=f"{verb} '{found.pack.name}' to version {target.version}"
        + (f" (was {current.version})." if current is not None else "."),
        before=before,
        after=snapshot(session, found, target),
    )
    return target


def activate(
    session: Session, org_id: int, actor: Principal | None, pack_id: int, number: int | None
) -> PromptVersionPublic:
    """Activate a version (default: the latest); the active one, if any, is archived."""
    found = _pack(session, org_id, pack_id, lock=True)
    if not _may_read(actor, found.scope):
        raise PromptNotFound(f"There is no prompt pack {pack_id} in your organisation.")
    _authorise(session, actor, found.scope, found.pack.purpose)
    versions = _versions(session, pack_id)
    target = _version(session, pack_id, number) if number is not None else versions[-1]
    return version_public(session, _activate(session, found, actor, target, "activate"))


def rollback(
    session: Session, org_id: int, actor: Principal | None, pack_id: int, number: int | None
) -> PromptVersionPublic:
    """Make an earlier version active again (default: the one before the active one)."""
    found = _pack(session, org_id, pack_id, lock=True)
    if not _may_read(actor, found.scope):
        raise PromptNotFound(f"There is no prompt pack {pack_id} in your organisation.")
    _authorise(session, actor, found.scope, found.pack.purpose)
    versions = _versions(session, pack_id)
    active = next((v for v in versions if v.status == "active"), None)
    if number is None:
        if active is None:
            raise PromptConflict(
                f"'{found.pack.name}' has no active version to roll back from; activate one.",
                code="prompts.nothing_to_roll_back",
            )
        earlier = [v for v in versions if v.version < active.version]
        if not earlier:
            raise PromptConflict(
                f"Version {active.version} of '{found.pack.name}' is its first version.",
                code="prompts.nothing_to_roll_back",
            )
        target = earlier[-1]
    else:
        target = _version(session, pack_id, number)
        if active is not None and target.version >= active.version:
            raise PromptConflict(
                f"Rollback goes to an earlier version than the active one ({active.version}); "
                "use activate for later versions.",
                code="prompts.not_earlier",
            )
    return version_public(session, _activate(session, found, actor, target, "rollback"))


def archive(
    session: Session, org_id: int, actor: Principal | None, pack_id: int, number: int | None
) -> PromptVersionPublic:
    """Archive a version (default: the active one); a pack with no active version no
    longer contributes to anyone's prompts."""
    found = _pack(session, org_id, pack_id, lock=True)
    if not _may_read(actor, found.scope):
        raise PromptNotFound(f"There is no prompt pack {pack_id} in your organisation.")
    _authorise(session, actor, found.scope, found.pack.purpose)
    versions = _versions(session, pack_id)
    if number is not None:
        target = _version(session, pack_id, number)
    else:
        active = next((v for v in versions if v.status == "active"), None)
        if active is None:
            raise PromptConflict(
                f"'{found.pack.name}' has no active version; name the version to archive.",
                code="prompts.nothing_active",
            )
        target = active
    if target.status == "archived":
        return version_public(session, target)
    before = snapshot(session, found, target)
    target.status = "archived"
    session.flush()
    log_change(
        session,
        COUNTER,
        org_id=org_id,
        config_type=CONFIG_TYPE,
        config_id=pack_id,
        config_name=found.pack.name,
        change_type="archive",
        actor=actor,
        summary=f"Archived version {target.version} of '{found.pack.name}'.",
        before=before,
        after=snapshot(session, found, target),
    )
    return version_public(session, target)


def set_label(
    session: Session, org_id: int, actor: Principal | None, pack_id: int, label: str, number: int
) -> PromptPackPublic:
    """Point a label (``production``, ``staging``, ...) at a version of the pack."""
    found = _pack(session, org_id, pack_id, lock=True)
    if not _may_read(actor, found.scope):
        raise PromptNotFound(f"There is no prompt pack {pack_id} in your organisation.")
    _authorise(session, actor, found.scope, found.pack.purpose)
    (label,) = _check_labels([label])
    target = _version(session, pack_id, number)
    previous = next((v for v in _versions(session, pack_id) if label in v.labels), None)
    if previous is not None and previous.id == target.id:
        return pack_public(session, found)
    _move_labels(session, pack_id, [label], target.id)
    target.labels = sorted({*target.labels, label})
    session.flush()
    log_change(
        session,
        COUNTER,
        org_id=org_id,
        config_type=CONFIG_TYPE,
        config_id=pack_id,
        config_name=found.pack.name,
        change_type="label",
        actor=actor,
        summary=f"Label '{label}' of '{found.pack.name}' now points at version {number}.",
        before={"label": label, "version": previous.version if previous else None},
        after={"label": label, "version": number},
    )
    return pack_public(session, found)


ChangeVersion = Callable[[Session, int, Principal | None, int, int | None], PromptVersionPublic]
VERSION_CHANGES: dict[VersionChange, ChangeVersion] = {
    "activate": activate,
    "archive": archive,
    "rollback": rollback,
}
"""The changes of a version's status by name, for the API and the pages that offer them."""

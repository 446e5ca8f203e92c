"""User administration for org admins."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import APIRouter, status

from bastion.http.deps import AdminPrincipal, ServicesDep, SessionDep
from bastion.identity import service
from bastion.identity.schemas import StoreAccessUpdate, UserCreate, UserPublic
from bastion.vocabulary import UserChange

router = APIRouter(prefix="/api/users", tags=["users"])


def _status(session: SessionDep, user_id: int, org_id: int) -> service.UserStatus:
    return next(s for s in service.list_users(session, org_id) if s.user.id == user_id)


@router.get("", response_model=list[UserPublic], summary="Users of the caller's org")
def list_users(admin: AdminPrincipal, session: SessionDep) -> list[UserPublic]:
    return [s.public() for s in service.list_users(session, admin.org_id)]


@router.post(
    "", response_model=UserPublic, status_code=status.HTTP_201_CREATED, summary="Create a user"
)
def create_user(
    body: UserCreate, admin: AdminPrincipal, services: ServicesDep, session: SessionDep
) -> UserPublic:
    user = service.create_user(
        session,
        services.passwords,
        org_id=admin.org_id,
        username=body.username,
        password=body.password,
        role=body.role,
        store_ids=body.store_ids,
        is_all_stores=body.is_all_stores,
        display_name=body.display_name,
    )
    return service.UserStatus(user=user, locked_until=None, failed_count=0).public()


def _user_change(change: UserChange) -> Callable[..., UserPublic]:
    """The route of one change of an account (``service.change_user``)."""

    def change_user(user_id: int, admin: AdminPrincipal, session: SessionDep) -> UserPublic:
        user = service.get_user(session, user_id, admin.org_id)
        service.change_user(session, user, change)
        return _status(session, user.id, admin.org_id).public()

    return change_user


USER_CHANGE_SUMMARIES: dict[UserChange, tuple[str, str]] = {
    "disable": ("disable_user", "Disable a user"),
    "enable": ("enable_user", "Enable a user"),
    "unlock": ("unlock_user", "Unlock after failed sign-ins"),
}
for _change, (_name, _summary) in USER_CHANGE_SUMMARIES.items():
    router.add_api_route(
        f"/{{user_id}}/{_change}",
        _user_change(_change),
        methods=["POST"],
        name=_name,
        response_model=UserPublic,
        summary=_summary,
    )


@router.put("/{user_id}/stores", response_model=UserPublic, summary="Set a user's store access")
def set_stores(
    user_id: int, body: StoreAccessUpdate, admin: AdminPrincipal, session: SessionDep
) -> UserPublic:
    user = service.get_user(session, user_id, admin.org_id)
    service.set_store_access(session, user, body.store_ids, body.is_all_stores)
    return _status(session, user.id, admin.org_id).public()

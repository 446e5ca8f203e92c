"""User administration for org admins."""

from __future__ import annotations

from fastapi import APIRouter, status

from bastion.http.deps import AdminPrincipal, ServicesDep, SessionDep
from bastion.identity import service
from bastion.identity.schemas import StoreAccessUpdate, UserCreate, UserPublic

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


@router.post("/{user_id}/disable", response_model=UserPublic, summary="Disable a user")
def disable_user(user_id: int, admin: AdminPrincipal, session: SessionDep) -> UserPublic:
    user = service.get_user(session, user_id, admin.org_id)
    service.set_active(session, user, False)
    return _status(session, user.id, admin.org_id).public()


@router.post("/{user_id}/enable", response_model=UserPublic, summary="Enable a user")
def enable_user(user_id: int, admin: AdminPrincipal, session: SessionDep) -> UserPublic:
    user = service.get_user(session, user_id, admin.org_id)
    service.set_active(session, user, True)
    return _status(session, user.id, admin.org_id).public()


@router.post("/{user_id}/unlock", response_model=UserPublic, summary="Unlock after failed sign-ins")
def unlock_user(user_id: int, admin: AdminPrincipal, session: SessionDep) -> UserPublic:
    user = service.get_user(session, user_id, admin.org_id)
    service.unlock(session, user)
    return _status(session, user.id, admin.org_id).public()


@router.put("/{user_id}/stores", response_model=UserPublic, summary="Set a user's store access")
def set_stores(
    user_id: int, body: StoreAccessUpdate, admin: AdminPrincipal, session: SessionDep
) -> UserPublic:
    user = service.get_user(session, user_id, admin.org_id)
    service.set_store_access(session, user, body.store_ids, body.is_all_stores)
    return _status(session, user.id, admin.org_id).public()

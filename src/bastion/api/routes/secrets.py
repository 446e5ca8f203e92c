"""An org's secrets (admins): store or replace one, list them, remove one. A value goes
in and is never returned: the list shows names, versions, who stored them and which
models use them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response, status

from bastion.http.deps import AdminPrincipal, ServicesDep, SessionDep
from bastion.secrets import store
from bastion.secrets.schemas import SecretPublic, SecretPut

router = APIRouter(prefix="/api/secrets", tags=["secrets"])

NameParam = Annotated[str, Path(max_length=64, description="The secret's name.")]


@router.get("", response_model=list[SecretPublic], summary="The org's secrets (never values)")
def list_secrets(admin: AdminPrincipal, session: SessionDep) -> list[SecretPublic]:
    return store.list_secrets(session, admin.org_id)


@router.put("/{name}", response_model=SecretPublic, summary="Store or replace a secret")
def put_secret(
    name: NameParam,
    body: SecretPut,
    admin: AdminPrincipal,
    services: ServicesDep,
    session: SessionDep,
) -> SecretPublic:
    return store.put_secret(session, services.secret_box, admin.org_id, name, body.value, admin)


@router.delete("/{name}", status_code=status.HTTP_204_NO_CONTENT, summary="Remove a secret")
def delete_secret(name: NameParam, admin: AdminPrincipal, session: SessionDep) -> Response:
    store.delete_secret(session, admin.org_id, name, admin)
    return Response(status_code=status.HTTP_204_NO_CONTENT)

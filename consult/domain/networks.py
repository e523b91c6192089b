"""The networks directory: who can be invited to a round, and how to reach them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from consult.db import utcnow
from consult.domain import outbox
from consult.domain.errors import Conflict, NotFound
from consult.domain.paging import paginate
from consult.models import Contact, Network, NetworkSector
from consult.texts.places import spellings

NETWORK_FIELDS = ("name", "name_km", "acronym", "kind", "province", "mou", "mou_since", "language")
CONTACT_FIELDS = ("name", "email", "language")


@dataclass(frozen=True)
class NetworkFilter:
    """Which networks a listing shows; every field left None means "any"."""

    kind: str | None = None
    province: str | None = None
    sector: str | None = None
    mou: bool | None = None
    q: str | None = None
    include_archived: bool = False


def name_key(name: str) -> str:
    """A network's identity: its name with case and spacing folded."""
    return " ".join(name.split()).casefold()


def list_networks(
    session: Session, where: NetworkFilter, page: int, page_size: int
) -> tuple[list[Network], int]:
    """One page of the networks that match, in name order, and how many match in all."""
    query = _filtered(select(Network), where)
    return paginate(session, query, (Network.name_key, Network.id), page, page_size)


def _filtered(query: Select[tuple[Network]], where: NetworkFilter) -> Select[tuple[Network]]:
    if not where.include_archived:
        query = query.where(Network.archived_at.is_(None))
    if where.kind:
        query = query.where(Network.kind == where.kind)
    if where.province:
        query = query.where(func.lower(Network.province).in_(spellings(where.province)))
    if where.mou is not None:
        query = query.where(Network.mou.is_(where.mou))
    if where.sector:
        query = query.where(
            Network.sectors.any(func.lower(NetworkSector.name).in_(spellings(where.sector)))
        )
    if where.q and where.q.strip():
        needle = where.q.strip().lower()
        query = query.where(
            or_(
                *(
                    func.lower(column).contains(needle, autoescape=True)
                    for column in (Network.name, Network.name_km, Network.acronym, Network.province)
                ),
                Network.contacts.any(
                    or_(
                        func.lower(Contact.name).contains(needle, autoescape=True),
                        func.lower(Contact.email).contains(needle, autoescape=True),
                    )
                ),
            )
        )
    return query


def get_network(session: Session, network_id: int) -> Network:
    network = session.get(Network, network_id)
    if network is None:
        raise NotFound("refused_no_network", network=network_id)
    return network


def find_contact(session: Session, contact_id: int) -> Contact | None:
    return session.get(Contact, contact_id)


def find_by_name(session: Session, name: str) -> Network | None:
    return session.scalar(select(Network).where(Network.name_key == name_key(name)))


def create_network(session: Session, fields: Mapping[str, Any]) -> Network:
    """Add a network (and its contacts) to the directory; its name must be new."""
    _ensure_name_free(session, fields["name"], network_id=None)
    network = Network(name_key=name_key(fields["name"]))
    _assign(network, fields)
    for contact in fields.get("contacts", ()):
        network.contacts.append(Contact(**{k: contact[k] for k in CONTACT_FIELDS if k in contact}))
    session.add(network)
    session.flush()
    outbox.record(session, "network.created", "network", network.id, {"name": network.name})
    return network


def update_network(session: Session, network_id: int, changes: Mapping[str, Any]) -> Network:
    """Change a network's attributes; `archived: false` restores an archived one."""
    network = get_network(session, network_id)
    if "name" in changes:
        _ensure_name_free(session, changes["name"], network_id=network.id)
        network.name_key = name_key(changes["name"])
    _assign(network, changes)
    if "archived" in changes:
        network.archived_at = (network.archived_at or utcnow()) if changes["archived"] else None
    session.flush()
    outbox.record(session, "network.updated", "network", network.id, {"changed": sorted(changes)})
    return network


def changed_fields(network: Network, fields: Mapping[str, Any]) -> dict[str, Any]:
    """The part of `fields` that differs from the network: an update that names only what
    changes leaves a truthful outbox event and audit line (the import and the console)."""
    current = {name: getattr(network, name) for name in NETWORK_FIELDS}
    current["sectors"] = network.sector_names
    current["archived"] = network.archived_at is not None
    return {name: value for name, value in fields.items() if current.get(name) != value}


def archive_network(session: Session, network_id: int) -> Network:
    """Archive rather than delete, so a network's past answers keep their author."""
    network = get_network(session, network_id)
    if network.archived_at is None:
        network.archived_at = utcnow()
        outbox.record(session, "network.archived", "network", network.id, {})
    return network


def add_contact(session: Session, network_id: int, fields: Mapping[str, Any]) -> Contact:
    network = get_network(session, network_id)
    _ensure_email_free(network, fields["email"], contact_id=None)
    contact = Contact(**{k: fields[k] for k in CONTACT_FIELDS if k in fields})
    network.contacts.append(contact)
    session.flush()
    return contact


def update_contact(
    session: Session, network_id: int, contact_id: int, changes: Mapping[str, Any]
) -> Contact:
    network = get_network(session, network_id)
    contact = _contact_of(network, contact_id)
    if "email" in changes:
        _ensure_email_free(network, changes["email"], contact_id=contact.id)
    for field in CONTACT_FIELDS:
        if field in changes:
            setattr(contact, field, changes[field])
    session.flush()
    return contact


def remove_contact(session: Session, network_id: int, contact_id: int) -> None:
    network = get_network(session, network_id)
    network.contacts.remove(_contact_of(network, contact_id))
    session.flush()


def set_sectors(network: Network, names: Iterable[str]) -> None:
    """Replace a network's sectors, keeping their order and dropping repeats."""
    wanted = list(dict.fromkeys(name.strip() for name in names if name.strip()))
    kept = {sector.name: sector for sector in network.sectors if sector.name in wanted}
    network.sectors = [kept.get(name) or NetworkSector(name=name) for name in wanted]
    for position, sector in enumerate(network.sectors):
        sector.position = position


def _assign(network: Network, fields: Mapping[str, Any]) -> None:
    for field in NETWORK_FIELDS:
        if field in fields:
            setattr(network, field, fields[field])
    if "sectors" in fields:
        set_sectors(network, fields["sectors"])


def _ensure_name_free(session: Session, name: str, network_id: int | None) -> None:
    clash = session.scalar(
        select(Network.id).where(
            and_(Network.name_key == name_key(name), Network.id != (network_id or 0))
        )
    )
    if clash is not None:
        raise Conflict(
            "refused_network_exists",
            {"name": ["refused_network_name_taken"]},
            name=name,
            network=clash,
        )


def _ensure_email_free(network: Network, email: str, contact_id: int | None) -> None:
    if any(c.email == email and c.id != contact_id for c in network.contacts):
        raise Conflict(
            "refused_contact_exists",
            {"email": ["refused_contact_email_taken"]},
            network=network.name,
            email=email,
        )


def _contact_of(network: Network, contact_id: int) -> Contact:
    for contact in network.contacts:
        if contact.id == contact_id:
            return contact
    raise NotFound("refused_no_contact", network=network.id, contact=contact_id)

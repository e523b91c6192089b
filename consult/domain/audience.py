"""Which networks a round is put to."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from consult.domain.errors import Invalid, message
from consult.models import Network, NetworkSector


def networks_in(session: Session, audience: dict[str, Any]) -> list[Network]:
    """The active networks the audience names: all, a filter, or an explicit list.

    A filter combines its parts with AND and the values within a part with OR, e.g.
    {"kinds": ["provincial"], "mou": true} is every provincial network with an MoU.
    """
    query = select(Network).where(Network.archived_at.is_(None)).order_by(Network.name_key)
    if "network_ids" in audience:
        wanted = set(audience["network_ids"])
        found = session.scalars(query.where(Network.id.in_(wanted))).all()
        missing = sorted(wanted - {network.id for network in found})
        if missing:
            unknown = message("refused_unknown_or_archived", networks=missing)
            raise Invalid("refused_audience_unknown", {"audience.network_ids": [unknown]})
        return list(found)
    if audience.get("kinds"):
        query = query.where(Network.kind.in_(audience["kinds"]))
    if audience.get("provinces"):
        provinces = [name.strip().lower() for name in audience["provinces"]]
        query = query.where(func.lower(Network.province).in_(provinces))
    if audience.get("sectors"):
        sectors = [name.strip().lower() for name in audience["sectors"]]
        query = query.where(Network.sectors.any(func.lower(NetworkSector.name).in_(sectors)))
    if "mou" in audience:
        query = query.where(Network.mou.is_(audience["mou"]))
    return list(session.scalars(query))

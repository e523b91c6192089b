"""SQLAlchemy models, one module per aggregate; importing this registers them all."""

from consult.models.api_keys import ROLES, ApiKey
from consult.models.networks import LANGUAGES, NETWORK_KINDS, Contact, Network, NetworkSector
from consult.models.outbox import DomainEvent

__all__ = [
    "LANGUAGES",
    "NETWORK_KINDS",
    "ROLES",
    "ApiKey",
    "Contact",
    "DomainEvent",
    "Network",
    "NetworkSector",
]

"""SQLAlchemy models, one module per aggregate; importing this registers them all."""

from consult.models.api_keys import ROLES, ApiKey
from consult.models.events import Event
from consult.models.followups import (
    FOLLOWUP_KINDS,
    MAX_REPLY,
    VERDICTS,
    Followup,
    FollowupReply,
)
from consult.models.mail import MAIL_KINDS, MAIL_STATUSES, MailMessage
from consult.models.networks import LANGUAGES, NETWORK_KINDS, Contact, Network, NetworkSector
from consult.models.outbox import DomainEvent
from consult.models.responses import Response, ResponseVersion
from consult.models.rounds import INVITATION_STATUSES, ROUND_STATUSES, Invitation, Round
from consult.models.summaries import Summary, SummarySchedule

__all__ = [
    "FOLLOWUP_KINDS",
    "INVITATION_STATUSES",
    "LANGUAGES",
    "MAIL_KINDS",
    "MAIL_STATUSES",
    "MAX_REPLY",
    "NETWORK_KINDS",
    "ROLES",
    "ROUND_STATUSES",
    "VERDICTS",
    "ApiKey",
    "Contact",
    "DomainEvent",
    "Event",
    "Followup",
    "FollowupReply",
    "Invitation",
    "MailMessage",
    "Network",
    "NetworkSector",
    "Response",
    "ResponseVersion",
    "Round",
    "Summary",
    "SummarySchedule",
]

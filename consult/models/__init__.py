"""SQLAlchemy models, one module per aggregate; importing this registers them all."""

from consult.models.api_keys import ApiKey
from consult.models.calendar import CalendarEvent
from consult.models.common_responses import COMMON_RESPONSE_KINDS, CommonResponseVersion
from consult.models.followups import (
    FOLLOWUP_KINDS,
    MAX_REPLY,
    VERDICTS,
    Followup,
    FollowupReply,
)
from consult.models.glossary import GlossaryTerm
from consult.models.mail import MAIL_KINDS, MAIL_STATUSES, MailMessage
from consult.models.networks import NETWORK_KINDS, Contact, Network, NetworkSector
from consult.models.outbox import DomainEvent
from consult.models.responses import Response, ResponseVersion
from consult.models.rounds import (
    INVITATION_STATUSES,
    LENS_GROUPINGS,
    ROUND_STATUSES,
    Invitation,
    Round,
)
from consult.models.summaries import Summary, SummarySchedule
from consult.models.users import AuditEntry, User
from consult.models.webhooks import (
    DELIVERY_STATUSES,
    WebhookAttempt,
    WebhookDelivery,
    WebhookSubscription,
)
from consult.roles import ROLES

__all__ = [
    "COMMON_RESPONSE_KINDS",
    "DELIVERY_STATUSES",
    "FOLLOWUP_KINDS",
    "INVITATION_STATUSES",
    "LENS_GROUPINGS",
    "MAIL_KINDS",
    "MAIL_STATUSES",
    "MAX_REPLY",
    "NETWORK_KINDS",
    "ROLES",
    "ROUND_STATUSES",
    "VERDICTS",
    "ApiKey",
    "AuditEntry",
    "CalendarEvent",
    "CommonResponseVersion",
    "Contact",
    "DomainEvent",
    "Followup",
    "FollowupReply",
    "GlossaryTerm",
    "Invitation",
    "MailMessage",
    "Network",
    "NetworkSector",
    "Response",
    "ResponseVersion",
    "Round",
    "Summary",
    "SummarySchedule",
    "User",
    "WebhookAttempt",
    "WebhookDelivery",
    "WebhookSubscription",
]

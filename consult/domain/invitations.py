"""Invitations: finding one by its link, re-issuing a link, and who has answered."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from consult.domain.errors import NotFound, status_conflict
from consult.domain.mail_queue import Queued, Recipient, enqueue
from consult.domain.rounds import IssuedToken, get_round
from consult.domain.tokens import issue_link, token_hash
from consult.models import Invitation, MailMessage


class ReplacedLink(NotFound):
    """A link staff replaced: still a 404 for the API, but its page may say a new link was
    mailed to the network's contacts (never which link, nor to whom)."""


@dataclass
class Rate:
    invited: int = 0
    submitted: int = 0

    @property
    def rate(self) -> float:
        return round(self.submitted / self.invited, 4) if self.invited else 0.0


@dataclass(frozen=True)
class InvitationLine:
    """An invitation with the reminders its network was sent, as the mail ledger says."""

    invitation: Invitation
    reminders_sent: int = 0
    last_reminded_at: datetime | None = None


@dataclass
class InvitationReport:
    items: list[InvitationLine]
    response_rate: Rate
    by_kind: dict[str, Rate] = field(default_factory=dict)
    by_province: dict[str, Rate] = field(default_factory=dict)


def find_by_token(session: Session, token: str, *, for_update: bool = False) -> Invitation:
    """The invitation a link token opens; an unknown, re-issued or malformed one is NotFound.

    The answer is the same for all three, so a link tells nothing about others.
    """
    query = select(Invitation).where(Invitation.token_hash == token_hash(token))
    invitation = session.scalar(query.with_for_update() if for_update else query)
    if invitation is None:
        raise unknown_link(session, token)
    return invitation


def unknown_link(session: Session, token: str) -> NotFound:
    """The error for a token that opens no invitation: ReplacedLink if staff replaced it."""
    replaced = select(Invitation.id).where(Invitation.replaced_token_hash == token_hash(token))
    return (ReplacedLink if session.scalar(replaced.limit(1)) else NotFound)("refused_unknown_link")


def invitations_of(
    session: Session, pairs: Iterable[tuple[int, int]]
) -> dict[tuple[int, int], Invitation | None]:
    """The invitations of (round, network) pairs, network and round loaded, in one query per
    round (what a batch of mail is about); None for a pair with no invitation."""
    wanted: dict[int, set[int]] = defaultdict(set)
    for round_id, network_id in pairs:
        wanted[round_id].add(network_id)
    found: dict[tuple[int, int], Invitation | None] = {}
    for round_id, networks in wanted.items():
        found.update({(round_id, network_id): None for network_id in networks})
        for invitation in session.scalars(
            select(Invitation)
            .options(joinedload(Invitation.network), joinedload(Invitation.round))
            .where(Invitation.round_id == round_id, Invitation.network_id.in_(networks))
        ):
            found[(round_id, invitation.network_id)] = invitation
    return found


def mark_opened(invitation: Invitation, now: datetime) -> None:
    if invitation.status == "pending":
        invitation.status = "opened"
        invitation.opened_at = now
    invitation.last_activity_at = now


def invitation_of(
    session: Session, round_id: int, network_id: int, *, for_update: bool = False
) -> Invitation:
    """A network's invitation to a round; NotFound if it was not invited."""
    query = select(Invitation).where(
        Invitation.round_id == round_id, Invitation.network_id == network_id
    )
    invitation = session.scalar(query.with_for_update() if for_update else query)
    if invitation is None:
        raise NotFound("refused_not_invited", network=network_id, round=round_id)
    return invitation


def reissue(session: Session, round_id: int, network_id: int, secret_key: str) -> IssuedToken:
    """Give a network a new link, mailed to its contacts; the old one stops working at once
    and its page says a new link was sent."""
    round_ = get_round(session, round_id)
    if round_.status != "open":
        raise status_conflict("refused_reissue_not_open", round_id, round_.status)
    invitation = invitation_of(session, round_id, network_id, for_update=True)
    invitation.replaced_token_hash = invitation.token_hash
    invitation.times_reissued += 1
    token = issue_link(invitation, secret_key)
    session.flush()
    queue_new_link(session, invitation)
    return IssuedToken(invitation.network, token)


def queue_new_link(session: Session, invitation: Invitation) -> int:
    """The new link to every contact of the network, in the contact's language; keyed by
    the issue, so each re-issue mails once (the link itself is derived when it is sent)."""
    key = f"new-link:{invitation.id}:{invitation.times_reissued}:{{contact}}"
    return enqueue(
        session,
        (
            Queued(
                key.format(contact=contact.id),
                "new_link",
                Recipient(contact.email, contact.name, contact.language),
                {"round_id": invitation.round_id, "network_id": invitation.network_id},
            )
            for contact in invitation.network.contacts
        ),
    )


def report(session: Session, round_id: int) -> InvitationReport:
    """Each invitation's state and the response rate overall, by kind and by province."""
    get_round(session, round_id)
    items = list(
        session.scalars(
            select(Invitation)
            .where(Invitation.round_id == round_id)
            .options(joinedload(Invitation.network))
            .order_by(Invitation.id)
        )
    )
    reminded = _reminders(session, round_id)
    lines = [InvitationLine(item, *reminded.get(item.network_id, (0, None))) for item in items]
    overall = Rate()
    by_kind: dict[str, Rate] = defaultdict(Rate)
    by_province: dict[str, Rate] = defaultdict(Rate)
    for invitation in items:
        network = invitation.network
        submitted = invitation.status == "submitted"
        for rate in (overall, by_kind[network.kind], by_province[network.province or "—"]):
            rate.invited += 1
            rate.submitted += submitted
    return InvitationReport(lines, overall, dict(by_kind), dict(by_province))


def _reminders(session: Session, round_id: int) -> dict[int, tuple[int, datetime | None]]:
    """Per network: how many reminders went out (a plan step or a staff reminder counts once
    however many contacts it reached) and when the last did.

    A reminder's key is `reminder:{round}:{contact}:{occasion}`; only sent mail counts.
    """
    occasions: dict[int, set[str]] = defaultdict(set)
    last: dict[int, datetime] = {}
    rows = session.execute(
        select(MailMessage.key, MailMessage.params, MailMessage.sent_at).where(
            MailMessage.kind == "reminder",
            MailMessage.status == "sent",
            MailMessage.key.startswith(f"reminder:{round_id}:", autoescape=True),
        )
    )
    for key, params, sent_at in rows:
        network_id = int(params["network_id"])
        occasions[network_id].add(key.split(":", 3)[3])
        if sent_at is not None and (network_id not in last or sent_at > last[network_id]):
            last[network_id] = sent_at
    return {network: (len(seen), last.get(network)) for network, seen in occasions.items()}

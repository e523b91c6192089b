"""The round builder: a draft round's texts, questions, audience, dates and reminders as one
plain form, and a preview of the network's form as a network will see it.

It works without JavaScript: every button sends the whole form, and says what to do with it
(`do`: save, edit, add, move or remove a question or an option, ...). Only `save` keeps
anything; the other buttons show the page again with the change made. With JavaScript, htmx
sends the same form for those buttons and puts back only the questions (`hx-post`): the
same view answers both. A save goes through the API's own schema (RoundCreateSchema /
RoundUpdateSchema) and domain functions (rounds.create_round / update_round), so no rule of
a round is written twice; what they refuse is shown beside the field it concerns, in the
reader's language, with everything staff typed kept.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, flash, render_template, request
from marshmallow import ValidationError
from werkzeug.wrappers import Response

from consult.console.blueprint import back_to, language, page, record
from consult.console.builder_form import (
    NUMBER_SETTINGS,
    Builder,
    anchor,
    field_errors,
    has_problem,
    tool_id,
    where,
)
from consult.console.forms import Errors, errors_of
from consult.domain import rounds
from consult.domain.audience import networks_in
from consult.domain.errors import DomainError, Invalid, status_of
from consult.domain.response_form import form_view
from consult.models import NETWORK_KINDS, Network, Round
from consult.questions import QUESTION_TYPES
from consult.runtime import current_runtime
from consult.schemas.refusals import messages_in
from consult.schemas.rounds import AudienceSchema, RoundCreateSchema, RoundUpdateSchema
from consult.session import request_session
from consult.texts import LANGUAGES, t
from consult.texts.times import input_value, zone_name
from consult.web.locale import page_time
from consult.web.respond import render_form

pages = Blueprint("builder", __name__)


@dataclass
class Audience:
    """Who a launch would invite now: the same domain function as the launch."""

    networks: list[Network]
    problem: str = ""

    @property
    def without_mail(self) -> list[Network]:
        return [network for network in self.networks if not network.contacts]


def _audience_of(builder: Builder) -> Audience | None:
    try:
        chosen = AudienceSchema().load(builder.audience_body())
    except ValidationError:
        return None
    try:
        return Audience(networks_in(request_session(), chosen))
    except Invalid as exc:
        return Audience([], exc.message_in(language()))


def _render(
    builder: Builder,
    round_: Round | None,
    errors: Errors,
    status: int = 200,
    changed: bool = False,
    focus: str = "",
    template: str = "console/builder.html",
) -> tuple[str, int]:
    """The builder's page, or (`template`) only its questions, which htmx puts in place."""
    directory = networks_in(request_session(), {"all": True})
    provinces = sorted(
        {n.province for n in directory if n.province} | set(builder.audience["provinces"])
    )
    sectors = sorted(
        {s.name for n in directory for s in n.sectors} | set(builder.audience["sectors"])
    )
    html = render_template(
        template,
        builder=builder,
        round=round_,
        errors=errors,
        changed=changed,
        focus=focus,
        tool_id=tool_id,
        types=list(QUESTION_TYPES),
        settings_of={name: kind.settings for name, kind in QUESTION_TYPES.items()},
        numbers=NUMBER_SETTINGS,
        kinds=NETWORK_KINDS,
        provinces=provinces,
        sectors=sectors,
        directory=directory,
        audience=_audience_of(builder),
        zone=zone_name(current_runtime().settings.timezone, language()),
        where=where,
        anchor=anchor,
        has_problem=has_problem,
    )
    return html, status


def _save(builder: Builder, round_: Round | None) -> Response | tuple[str, int]:
    """Check the body with the API's schema, save it with the API's domain function."""
    session, zone = request_session(), current_runtime().settings.zone
    builder.fill_codes()
    body = builder.body(zone)
    for name in ("opens_at", "closes_at"):
        kept = getattr(round_, name, None)
        if kept and getattr(builder, name) == input_value(kept, zone):
            body[name] = kept.isoformat()  # as stored, to the second: the form shows minutes
    schema = RoundCreateSchema() if round_ is None else RoundUpdateSchema()
    try:
        fields = schema.load(body)
        if round_ is None:
            round_ = rounds.create_round(session, fields)
            record("create-round", f"round:{round_.id}")
        else:
            before = {name: getattr(round_, name) for name in rounds.ROUND_FIELDS}
            round_ = rounds.update_round(session, round_.id, fields)
            changed = [name for name, was in before.items() if getattr(round_, name) != was]
            record("update-round", f"round:{round_.id}", changed=changed)
    except ValidationError as exc:
        session.rollback()
        said = messages_in(exc.messages, language())
        return _render(builder, round_, field_errors(said, body["questions"]), 422)
    except DomainError as exc:
        session.rollback()
        errors = field_errors(exc.errors_in(language()), body["questions"]) or errors_of(exc)
        return _render(builder, round_, errors, status_of(exc))
    session.commit()
    flash("builder_saved")
    return back_to("console.builder.edit_round", round_id=round_.id)


def _handle(builder: Builder, round_: Round | None) -> Response | tuple[str, int]:
    action = request.form.get("do", "save")
    if action == "save":
        return _save(builder, round_)
    focus = builder.apply(action, request.form.get("new_type", ""))
    if request.headers.get("HX-Request"):
        questions = "console/builder_questions.html"
        return _render(builder, round_, {}, changed=True, focus=focus, template=questions)
    return _render(builder, round_, {}, changed=True, focus=focus)


@pages.route("/rounds/new", methods=["GET", "POST"])
@page("staff")
def new_round() -> Response | tuple[str, int]:
    if request.method == "GET":
        return _render(Builder(), None, {})
    return _handle(Builder.of_form(request.form), None)


@pages.route("/rounds/<int:round_id>/edit", methods=["GET", "POST"])
@page("staff")
def edit_round(round_id: int) -> Response | tuple[str, int]:
    round_ = rounds.get_round(request_session(), round_id)
    if round_.status != "draft":
        launched = page_time(round_.launched_at)
        page_ = render_template("console/builder_launched.html", round=round_, launched=launched)
        return page_, 200 if request.method == "GET" else 409
    if request.method == "GET":
        return _render(Builder.of_round(round_, current_runtime().settings.zone), round_, {})
    return _handle(Builder.of_form(request.form), round_)


@pages.route("/rounds/<int:round_id>/preview")
@page("viewer")
def preview_round(round_id: int) -> str:
    """The network's form, in the language asked for, as a network will see it; its buttons
    are off and the page takes no POST, so nothing can be sent from it."""
    round_ = rounds.get_round(request_session(), round_id)
    asked = request.args.get("lang", "")
    shown = asked if asked in LANGUAGES else language()
    network = {"name": t("builder_preview_network", shown), "name_km": None, "language": shown}
    return render_form(
        form_view(round_, network, None, shown),
        {},
        {},
        template="console/builder_preview.html",
        preview=True,
    )

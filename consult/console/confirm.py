"""Asking first: an action that destroys or cannot be undone shows, on a page of its own,
what will happen and to whom; only the form of that page does it.

The action's own URL answers both: a GET (a link) or a POST from any other form shows the
question, a POST carrying the confirmation page's `confirmed` field acts. Forms that post
straight to the action keep working: they now land on the question instead of acting.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from flask import render_template, request

CONFIRMED = "confirmed"


def confirmed() -> bool:
    """The request comes from the confirmation page's form (its CSRF token checked)."""
    return request.method == "POST" and request.form.get(CONFIRMED) == "yes"


def ask_first(
    title: str,
    consequences: Sequence[str],
    confirm: str,
    back: str,
    carry: Mapping[str, str] | None = None,
) -> tuple[str, int]:
    """The confirmation page: `title` asks, `consequences` say what happens and to whom,
    `confirm` labels the button, `back` leaves without acting; `carry` keeps the values of
    the form that led here (a changed role with the account turned off)."""
    return render_template(
        "console/confirm.html",
        title=title,
        consequences=consequences,
        confirm=confirm,
        back=back,
        carry=dict(carry or {}),
        action=request.path,
        confirmed_field=CONFIRMED,
    ), 200

"""Which page of a listing a console page shows, and the links to the others: one reading
of the page number (the API's, 1 to MAX_PAGE, else a 422 naming the field) and one pager
(the `pager` macro of templates/console/pager.html)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from flask import request, url_for

from consult.console.forms import read_form
from consult.schemas.common import PageQuerySchema


def page_number(name: str = "page") -> int:
    """The page the query asks for by `name` (1 when it asks for none)."""
    asked = request.args.get(name, "").strip()
    if not asked:
        return 1
    page: int = read_form(PageQuerySchema(), {"page": asked})["page"]
    return page


@dataclass(frozen=True)
class Pager:
    """Page `number` of a listing of `total` rows, `size` a page, and the address of any
    page: the same `endpoint` with the query's other values `kept`."""

    number: int
    total: int
    size: int
    endpoint: str
    kept: Mapping[str, Any] = field(default_factory=dict)
    name: str = "page"  # the query's name for the page number
    anchor: str | None = None  # where on the page a list starts, when it holds two

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))

    @property
    def last(self) -> bool:
        return self.number >= self.pages

    def link(self, number: int) -> str:
        values: dict[str, Any] = {k: v for k, v in self.kept.items() if v is not None}
        values[self.name] = number
        return url_for(self.endpoint, _anchor=self.anchor, **values)

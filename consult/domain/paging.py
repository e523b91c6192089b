"""One page of a query's rows, and how many rows there are in all."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session


def paginate(
    session: Session, query: Select[Any], order: tuple[Any, ...], page: int, size: int
) -> tuple[list[Any], int]:
    """Rows `page` (from 1) of `size`, in `order`; counted before the page is cut."""
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(query.order_by(*order).offset((page - 1) * size).limit(size))
    return list(rows.unique()), total

"""Statistics of one question over a set of respondents (a boolean mask of rows)."""

from __future__ import annotations

from typing import Any

import numpy as np

from consult.questions import question_type
from consult.questions.arrays import Column


def question_stats(column: Column, rows: np.ndarray) -> dict[str, Any]:
    """The statistics of `column` over the respondents where `rows` is True: each question
    type computes its own (`consult.questions`)."""
    return question_type(column.kind).statistics(column, rows)

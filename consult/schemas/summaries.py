"""Wire format of summaries and of the tasks that compute them.

A summary's `data` is what `consult.analysis.summary.summarize` returned when the summary was
computed; it is sent exactly as stored. The schemas below describe that JSON for clients (a
test checks a computed summary against them), they do not reshape it: a summary stored by
an earlier engine, with fewer keys, is still sent byte for byte as it was.
"""

from __future__ import annotations

from typing import Any

from celery import states
from marshmallow import Schema, fields, validate

from consult.schemas.common import ID_RANGE, InputSchema
from consult.schemas.localized import Localized
from consult.texts import LANGUAGES

QUESTION_TYPES_WITH_CHOICES = ("single_choice", "multi_choice")
SCALES = ("likert", "rating")
STANCES = ("agree", "disagree", "chose", "first")


class AsStored(fields.Nested):
    """Documented as its nested schema, sent as stored: stored JSON is never reshaped."""

    # Nested names its first parameter `nested_obj` where Field says `value`: no override
    # can match both, and marshmallow passes it by position.
    def _serialize(self, nested_obj: Any, attr: str | None, obj: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        return nested_obj


class OneOf(fields.Field):
    """A value with one of several shapes, told apart by its `type` key; the OpenAPI
    document lists them as `oneOf` (`one_of_properties` teaches apispec how)."""

    def __init__(self, *schemas: type[Schema], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.schemas = schemas


def one_of_properties(self: Any, field: fields.Field, **kwargs: Any) -> dict[str, Any]:
    """apispec attribute function (`self` is its converter): a OneOf field's `oneOf`."""
    if isinstance(field, OneOf):
        return {"oneOf": [self.resolve_nested_schema(schema) for schema in field.schemas]}
    return {}


def _share(**kwargs: Any) -> fields.Float:
    return fields.Float(allow_none=True, validate=validate.Range(0, 1), **kwargs)


def _by_option(values: fields.Field, description: str) -> fields.Dict:
    return fields.Dict(
        keys=fields.String(),
        values=values,
        metadata={"description": f"by option key: {description}"},
    )


def _by_group(values: fields.Field, description: str) -> fields.Dict:
    return fields.Dict(
        keys=fields.String(),
        values=fields.Dict(keys=fields.String(), values=values),
        metadata={"description": f"grouping (kind, mou, province, sector:<name>) → group → "
                  f"{description}"},
    )  # fmt: skip


class HeldSchema(Schema):
    """How many of the networks that answered hold a position."""

    held = fields.Integer()
    n = fields.Integer(metadata={"description": "networks that answered the question"})


class HeldShareSchema(HeldSchema):
    share = _share(metadata={"description": "held / n, to four places"})


# Statistics of one question over a set of networks (all, or one group), by question type.


class ChoiceStatsSchema(Schema):
    n = fields.Integer(metadata={"description": "networks that answered"})
    counts = _by_option(fields.Integer(), "networks that chose it")
    shares = _by_option(_share(), "share of the networks that answered")
    top = fields.String(allow_none=True, metadata={"description": "the most chosen option"})
    margin = _share(metadata={"description": "its share minus the runner-up's"})


class ScaleStatsSchema(Schema):
    n = fields.Integer(metadata={"description": "networks that answered"})
    distribution = fields.Dict(
        keys=fields.String(),
        values=fields.Integer(),
        metadata={"description": "networks by point of the scale ('1' … '5', or 1..N)"},
    )
    mean = fields.Float(allow_none=True)
    median = fields.Float(allow_none=True)
    agree = _share(metadata={"description": "share above the middle of the scale"})
    disagree = _share(metadata={"description": "share below the middle of the scale"})
    consensus = _share(metadata={"description": "Tastle-Wierman consensus, 0..1"})


class NumberStatsSchema(Schema):
    n = fields.Integer(metadata={"description": "networks that answered"})
    min = fields.Float(allow_none=True)
    q1 = fields.Float(allow_none=True)
    median = fields.Float(allow_none=True)
    q3 = fields.Float(allow_none=True)
    max = fields.Float(allow_none=True)
    mean = fields.Float(allow_none=True)
    total = fields.Float(allow_none=True)


class RankingStatsSchema(Schema):
    n = fields.Integer(metadata={"description": "networks that answered"})
    borda = _by_option(fields.Integer(), "Borda points (items ranked below it, summed)")
    mean_rank = _by_option(fields.Float(allow_none=True), "mean rank, 1 = first")
    first_share = _by_option(_share(), "share of networks that ranked it first")
    order = fields.List(fields.String(), metadata={"description": "options by Borda points"})
    kendalls_w = _share(metadata={"description": "Kendall's W: agreement on the order, 0..1"})


class StatementStatsSchema(Schema):
    n = fields.Integer(metadata={"description": "networks that answered (pass included)"})
    agree = fields.Integer()
    disagree = fields.Integer()
    pass_ = fields.Integer(data_key="pass")
    agree_share = _share(metadata={"description": "agree / (agree + disagree)"})


class TextStatsSchema(Schema):
    n = fields.Integer(metadata={"description": "networks that wrote something"})


class QuoteSchema(Schema):
    network_id = fields.Integer()
    text = fields.String(metadata={"description": "the answer's start, cut between words"})


class ThemeSchema(Schema):
    """Written answers about one thing (TF-IDF and NMF over English and Khmer)."""

    label = fields.Dict(
        keys=fields.String(validate=validate.OneOf(LANGUAGES)),
        values=fields.List(fields.String()),
        metadata={"description": "its top terms in each reader's language"},
    )
    count = fields.Integer(metadata={"description": "answers in the theme"})
    languages = fields.Dict(
        keys=fields.String(),
        values=fields.Integer(),
        metadata={"description": "answers by language"},
    )
    quotes = fields.Dict(
        keys=fields.String(),
        values=fields.List(fields.Nested(QuoteSchema)),
        metadata={"description": "up to two per language, most typical first"},
    )


class _QuestionSummarySchema(Schema):
    key = fields.String()
    text = Localized()


class ChoiceQuestionSummarySchema(_QuestionSummarySchema):
    type = fields.String(validate=validate.OneOf(QUESTION_TYPES_WITH_CHOICES))
    stats = fields.Nested(ChoiceStatsSchema)
    breakdowns = _by_group(fields.Nested(ChoiceStatsSchema), "statistics")


class ScaleQuestionSummarySchema(_QuestionSummarySchema):
    type = fields.String(validate=validate.OneOf(SCALES))
    stats = fields.Nested(ScaleStatsSchema)
    breakdowns = _by_group(fields.Nested(ScaleStatsSchema), "statistics")


class NumberQuestionSummarySchema(_QuestionSummarySchema):
    type = fields.String(validate=validate.Equal("number"))
    stats = fields.Nested(NumberStatsSchema)
    breakdowns = _by_group(fields.Nested(NumberStatsSchema), "statistics")


class RankingQuestionSummarySchema(_QuestionSummarySchema):
    type = fields.String(validate=validate.Equal("ranking"))
    stats = fields.Nested(RankingStatsSchema)
    breakdowns = _by_group(fields.Nested(RankingStatsSchema), "statistics")


class StatementQuestionSummarySchema(_QuestionSummarySchema):
    type = fields.String(validate=validate.Equal("statement"))
    stats = fields.Nested(StatementStatsSchema)
    breakdowns = _by_group(fields.Nested(StatementStatsSchema), "statistics")


class TextQuestionSummarySchema(_QuestionSummarySchema):
    type = fields.String(validate=validate.Equal("text"))
    stats = fields.Nested(TextStatsSchema)
    themes = fields.List(fields.Nested(ThemeSchema), metadata={"description": "largest first"})


class OpposedBySchema(HeldSchema):
    """A group of the lens, big enough to count, in which no majority holds the position."""

    grouping = fields.String()
    group = fields.String()


class PositionSchema(Schema):
    """What the networks can be said to hold on a question, with the counts behind it."""

    question = fields.String(metadata={"description": "the question's key"})
    type = fields.String(metadata={"description": "the question's type"})
    stance = fields.String(validate=validate.OneOf(STANCES))
    option = fields.String(allow_none=True, metadata={"description": "chose/first: the option"})
    label = Localized()
    held = fields.Integer()
    n = fields.Integer()
    share = _share()
    interval = fields.List(
        _share(), metadata={"description": "[low, high] Jeffreys interval of the share"}
    )
    status = fields.String(validate=validate.OneOf(("common", "majority", "no_majority")))
    tentative = fields.Boolean(
        metadata={"description": "few answers, or a small group of the lens does not hold it"}
    )
    groups = _by_group(fields.Nested(HeldSchema), "held of n")
    opposed_by = fields.List(fields.Nested(OpposedBySchema))
    score = fields.Float(
        allow_none=True, metadata={"description": "group-informed consensus; ranks the common"}
    )
    order = fields.List(
        fields.String(), metadata={"description": "ranking only: the overall (Borda) order"}
    )


class SummarySplitSchema(Schema):
    """One grouping that divides a question, with a test that the gap is not chance."""

    grouping = fields.String()
    stance = fields.String(validate=validate.OneOf(STANCES))
    option = fields.String(allow_none=True)
    label = Localized()
    groups = fields.Dict(keys=fields.String(), values=fields.Nested(HeldShareSchema))
    gap = _share(metadata={"description": "highest share minus lowest"})
    p_value = fields.Float()
    q_value = fields.Float(metadata={"description": "after Benjamini-Hochberg"})
    test = fields.String(validate=validate.OneOf(("fisher", "fisher_widest_pair_bonferroni")))
    tentative = fields.Boolean(metadata={"description": "a group has few answers"})


class SummaryDivisionSchema(Schema):
    """A question on which named groups answer differently; the widest split first."""

    question = fields.String()
    label = Localized()
    grouping = fields.String(metadata={"description": "the widest split's grouping"})
    stance = fields.String(validate=validate.OneOf(STANCES))
    option = fields.String(allow_none=True)
    gap = _share()
    groups = fields.Dict(
        keys=fields.String(), values=_share(), metadata={"description": "share by group"}
    )
    tentative = fields.Boolean(metadata={"description": "every split is tentative"})
    splits = fields.List(fields.Nested(SummarySplitSchema))


class TestsSchema(Schema):
    count = fields.Integer(metadata={"description": "tests the false discovery rate covers"})
    fdr = fields.Float()
    method = fields.String()


class CaveatSchema(Schema):
    """A group that answered too little (under half its invited networks) to speak for."""

    grouping = fields.String()
    group = fields.String()
    answered = fields.Integer()
    invited = fields.Integer()


class PointSchema(Schema):
    """One sentence pair of the narrative and the counts it quotes."""

    kind = fields.String(
        validate=validate.OneOf(("participation", "caveat", "common", "division", "theme"))
    )
    question = fields.String(allow_none=True)
    text = Localized()
    facts = fields.Dict(keys=fields.String(), values=fields.Integer())


class SummaryCommonResponseSchema(Schema):
    """The round's common response as the engine drafts it (staff edit it elsewhere)."""

    positions = fields.List(
        fields.Nested(PositionSchema), metadata={"description": "every question's position"}
    )
    common = fields.List(
        fields.Nested(PositionSchema),
        metadata={"description": "the positions whose status is common, best score first"},
    )
    divisions = fields.List(fields.Nested(SummaryDivisionSchema))
    tests = fields.Nested(TestsSchema)
    caveats = fields.List(fields.Nested(CaveatSchema))
    narrative = Localized(metadata={"description": "the points' texts as one paragraph"})
    points = fields.List(fields.Nested(PointSchema), metadata={"description": "at most 7"})


class InvitedAnsweredSchema(Schema):
    invited = fields.Integer()
    answered = fields.Integer()


class GroupMembersSchema(Schema):
    size = fields.Integer()
    networks = fields.List(
        fields.Integer(), metadata={"description": "network ids; left out above 500"}
    )


class DistinctiveSchema(Schema):
    """A position most of an opinion group holds and the others hold least."""

    question = fields.String()
    stance = fields.String(validate=validate.OneOf(STANCES))
    option = fields.String(allow_none=True)
    label = Localized()
    inside = fields.Nested(HeldSchema)
    outside = fields.Nested(HeldSchema)


class OpinionGroupSchema(Schema):
    name = fields.String(metadata={"description": "A, B, … largest first"})
    size = fields.Integer()
    networks = fields.List(fields.Integer(), metadata={"description": "at most 500 ids"})
    make_up = fields.Dict(
        keys=fields.String(),
        values=fields.Dict(keys=fields.String(), values=fields.Integer()),
        metadata={"description": "kind, mou, province → group → networks"},
    )
    distinctive = fields.List(fields.Nested(DistinctiveSchema), metadata={"description": "≤ 3"})


class OpinionGroupsSchema(Schema):
    """Networks clustered by how they answered: a lens, described, never a veto."""

    shown = fields.Boolean()
    reason = fields.String(
        validate=validate.OneOf(
            ("shown", "too_few_answers", "weak_structure", "small_groups", "no_closed_questions")
        )
    )
    silhouette = fields.Float(allow_none=True)
    threshold = fields.Float()
    groups = fields.List(fields.Nested(OpinionGroupSchema), metadata={"description": "if shown"})


class AnalysisSettingsSchema(Schema):
    """The thresholds the summary was computed with (docs/reference.md: the common response)."""

    common_share = fields.Float()
    common_floor = fields.Float()
    confidence = fields.Float()
    division_gap = fields.Float()
    false_discovery_rate = fields.Float()
    min_group_size = fields.Integer()
    solid_answers = fields.Integer()
    solid_group = fields.Integer()
    opinion_silhouette = fields.Float()
    low_participation = fields.Float()
    with_themes = fields.Boolean()


class SummaryDataSchema(Schema):
    """Statistics, breakdowns, groups, opinion groups, themes and the common response."""

    response_count = fields.Integer()
    invited = fields.Integer()
    response_rate = _share()
    lens = fields.List(
        fields.String(), metadata={"description": "the groupings the common response compares"}
    )
    participation = _by_group(fields.Nested(InvitedAnsweredSchema), "invited and answered")
    groups = _by_group(fields.Nested(GroupMembersSchema), "the networks that answered")
    opinion_groups = fields.Nested(OpinionGroupsSchema)
    questions = fields.List(
        OneOf(
            ChoiceQuestionSummarySchema,
            ScaleQuestionSummarySchema,
            NumberQuestionSummarySchema,
            RankingQuestionSummarySchema,
            StatementQuestionSummarySchema,
            TextQuestionSummarySchema,
        ),
        metadata={"description": "in questionnaire order; the shape follows `type`"},
    )
    common_response = fields.Nested(SummaryCommonResponseSchema)
    settings = fields.Nested(AnalysisSettingsSchema)


class SummarySchema(Schema):
    round_id = fields.Integer()
    version = fields.Integer()
    as_of = fields.DateTime()
    response_count = fields.Integer()
    final = fields.Boolean()
    questionnaire_sha256 = fields.String()
    data = AsStored(
        SummaryDataSchema,
        metadata={
            "description": "the analysis, as computed; a version computed by an earlier engine "
            "is sent as it was stored and may lack keys added since"
        },
    )


class SummaryQuerySchema(InputSchema):
    version = fields.Integer(validate=ID_RANGE)


class ReportQuerySchema(SummaryQuerySchema):
    lang = fields.String(load_default="en", validate=validate.OneOf(LANGUAGES))


class TaskProgressSchema(Schema):
    step = fields.String(metadata={"description": "what the task is doing now"})


class TaskSchema(Schema):
    task_id = fields.String()
    state = fields.String(
        validate=validate.OneOf(sorted({*states.ALL_STATES, "PROGRESS"})),
        metadata={"description": "PENDING also for an unknown or expired id"},
    )
    progress = AsStored(
        TaskProgressSchema,
        allow_none=True,
        metadata={"description": "while PROGRESS: what the task reported, as it reported it"},
    )
    result = fields.Raw(
        allow_none=True,
        metadata={
            "description": "on SUCCESS, what the task returned: for a recompute the new "
            "summary version (an integer), or null when nothing was stale"
        },
    )

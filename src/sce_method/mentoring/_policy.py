"""The mentoring policy: who may mentor, how many, how often, and who coordinates."""

from __future__ import annotations

import attrs

from sce_method._core import (
    Sourced,
    Text,
    positive,
    rule_value,
    sourced_order,
)
from sce_method.graduation import Criterion


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class MentoringPolicy(Sourced):
    """
    How peer mentoring works in a methodology.

    A mentor is a participant or graduate who completed mentor training
    (mentors.csv) and meets *prerequisite*, a criterion of the graduation rule
    model. She accompanies at most *max_mentees* at once, and each mentee is
    expected to receive *expected_sessions* sessions. With *same_centre*,
    mentor and mentee belong to the same centre.
    """

    max_mentees: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(positive), metadata=rule_value()
    )
    """None where the methodology does not set it (a base layer): mentors cannot be assigned then."""
    expected_sessions: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(positive), metadata=rule_value()
    )
    same_centre: bool | None = attrs.field(default=None, metadata=rule_value())
    """Whether mentor and mentee must belong to the same centre; None (not set): any centre."""
    prerequisite: Criterion | None = None
    coordination: Text | None = None
    description: Text | None = None

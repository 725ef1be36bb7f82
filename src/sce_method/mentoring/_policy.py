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

    max_mentees: int = attrs.field(validator=positive, metadata=rule_value())
    expected_sessions: int = attrs.field(validator=positive, metadata=rule_value())
    same_centre: bool = attrs.field(default=True, metadata=rule_value())
    prerequisite: Criterion | None = None
    coordination: Text
    description: Text | None = None

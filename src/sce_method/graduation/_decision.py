"""`Decision`: who can graduate, and why not, in words and in data."""

from __future__ import annotations

import enum
import html
from collections.abc import Iterator

import attrs
import pendulum

from sce_method._core import (
    DEFAULT_LANG,
    Lang,
    Message,
    Provenance,
    Text,
    display_lang,
    label,
    message,
    register_labels,
)


class Status(enum.Enum):
    """
    A participant's graduation status, a closed set.

    Precedence, first match wins: `WITHDRAWN` (she withdrew by the evaluation
    date), `ELIGIBLE` (the rule holds), `IN_PROGRESS` (it does not hold yet
    and her cohort has not ended), `NOT_ELIGIBLE`.
    """

    ELIGIBLE = "eligible"
    IN_PROGRESS = "in_progress"
    NOT_ELIGIBLE = "not_eligible"
    WITHDRAWN = "withdrawn"


register_labels(
    {
        Status.ELIGIBLE: "graduation.enum.Status.eligible",
        Status.IN_PROGRESS: "graduation.enum.Status.in_progress",
        Status.NOT_ELIGIBLE: "graduation.enum.Status.not_eligible",
        Status.WITHDRAWN: "graduation.enum.Status.withdrawn",
    }
)


@attrs.frozen(kw_only=True)
class CriterionResult:
    """
    How one criterion came out for one participant.

    *observed* and *required* are in the criterion's unit (hours, a share,
    a count); *shortfall* is what is missing when it did not pass.
    *provenance* covers the threshold used; *exception* names the labelled
    exception that replaced the base criterion, if one did.
    """

    criterion_id: str
    kind: str
    passed: bool
    observed: float | None = None
    required: float | None = None
    shortfall: float | None = None
    message: Message
    children: tuple[CriterionResult, ...] = ()
    provenance: Provenance | None = None
    exception: str | None = None
    exception_label: Text | None = None

    def leaves(self) -> Iterator[CriterionResult]:
        """The results with no children, depth first."""
        if not self.children:
            yield self
        for child in self.children:
            yield from child.leaves()

    def failing(self) -> Iterator[CriterionResult]:
        """
        The leaves that make this result fail, depth first.

        A subtree that passed contributes nothing, even if some of its own
        leaves failed: under a met ``any_of``, the alternatives not taken are
        not missing.
        """
        if self.passed:
            return
        if not self.children:
            yield self
        for child in self.children:
            yield from child.failing()


@attrs.frozen(kw_only=True)
class Decision:
    """
    The graduation decision for one participant on one date.

    Pure data: the same record, methodology and date always give an equal
    decision. ``explain(lang)`` says it in words; ``_repr_html_`` shows it in
    Jupyter.
    """

    participant_id: str
    centre_id: str
    cohort_id: str
    as_of: pendulum.Date
    decision_date: pendulum.Date
    status: Status
    result: CriterionResult
    rule_set_id: str
    rule_set_title: Text
    rule_set_effective: pendulum.Date
    rule_set_provenance: Provenance

    @property
    def unmet(self) -> tuple[str, ...]:
        """Ids of the criteria whose failure keeps her from graduating (leaves, in rule order); empty when eligible."""
        if self.status is Status.ELIGIBLE:
            return ()
        return tuple(r.criterion_id for r in self.result.failing())

    @property
    def eligible(self) -> bool:
        """Whether the participant can graduate."""
        return self.status is Status.ELIGIBLE

    def status_label(self, lang: Lang = DEFAULT_LANG) -> str:
        """The status in words (``acredita graduación``...)."""
        return label(self.status, lang)

    def missing(self, lang: Lang = DEFAULT_LANG) -> tuple[str, ...]:
        """What is missing, one short sentence per unmet criterion."""
        if self.status is Status.ELIGIBLE:
            return ()
        return tuple(r.message.render(lang) for r in self.result.failing())

    def explain(self, lang: Lang = DEFAULT_LANG) -> str:
        """The whole decision in plain words: status, rule set, each criterion."""
        head = message(
            "graduation.explain.head",
            participant=self.participant_id,
            centre=self.centre_id,
            cohort=self.cohort_id,
            status=self.status_label(lang),
            as_of=self.as_of,
        ).render(lang)
        rule = message(
            "graduation.explain.rule",
            rule_set=self.rule_set_title.show(lang),
            effective=self.rule_set_effective,
            provenance=self.rule_set_provenance.describe(lang),
        ).render(lang)
        lines = [head, rule]
        lines += [f"{'  ' * depth}{line}" for depth, line in _tree_lines(self.result, lang)]
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.explain(DEFAULT_LANG)

    def __repr__(self) -> str:
        return (
            f"Decision(participant_id={self.participant_id!r}, status={self.status.value!r},"
            f" as_of={self.as_of.isoformat()!r}, rule_set_id={self.rule_set_id!r}, unmet={self.unmet!r})"
        )

    def _repr_html_(self) -> str:
        """Her status, the rule set in force, and each criterion, in the display language."""
        lang = display_lang()
        items = "".join(
            f"<li style='margin-left:{depth * 1.2}em'>{html.escape(line)}</li>"
            for depth, line in _tree_lines(self.result, lang)
        )
        rule = message("graduation.view.rule_set", id=self.rule_set_id, title=self.rule_set_title.show(lang))
        return (
            f"<div class='sce-view'><strong>{html.escape(self.participant_id)}</strong>: "
            f"{html.escape(self.status_label(lang))}<br/><small>{html.escape(rule.render(lang))}</small>"
            f"<ul style='list-style:none'>{items}</ul></div>"
        )


def _tree_lines(result: CriterionResult, lang: Lang, depth: int = 0) -> Iterator[tuple[int, str]]:
    mark = "✓" if result.passed else "✗"
    text = result.message.render(lang)
    if result.exception_label is not None:
        text += " " + message("graduation.explain.exception", label=result.exception_label.show(lang)).render(lang)
    yield depth, f"{mark} {text}"
    for child in result.children:
        yield from _tree_lines(child, lang, depth + 1)

"""`Decision`: who can graduate, and why not, in words and in data."""

from __future__ import annotations

import enum
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
from sce_method.participants import GraduationRecord


class Status(enum.Enum):
    """
    Where a participant is in her lifecycle on a date, a closed set (its values are stable ids).

    In the order she goes through them: `ENROLLED` (inscrita), `IN_PROGRESS`
    (en curso), `ELIGIBLE` (acredita graduación), `GRADUATED` (graduada), or
    `NOT_ELIGIBLE` (no acredita) once her cohort has ended, or `WITHDRAWN`
    (baja) at any time.

    Precedence on the evaluation date, first match wins:

    1. `GRADUATED`: a graduation is recorded for her on or before the date.
       A recorded graduation is a fact: no rule, however changed, undoes it.
    2. `WITHDRAWN`: she withdrew on or before the date.
    3. `ENROLLED`: her cohort (cohorts.csv) starts after the date.
    4. `ELIGIBLE`: the rule in force holds.
    5. `IN_PROGRESS`: it does not hold yet and her cohort has not ended.
    6. `NOT_ELIGIBLE`: it does not hold and her cohort has ended (or has no dates).
    """

    ENROLLED = "enrolled"
    IN_PROGRESS = "in_progress"
    ELIGIBLE = "eligible"
    GRADUATED = "graduated"
    NOT_ELIGIBLE = "not_eligible"
    WITHDRAWN = "withdrawn"


register_labels(
    {
        Status.ENROLLED: "graduation.enum.Status.enrolled",
        Status.IN_PROGRESS: "graduation.enum.Status.in_progress",
        Status.ELIGIBLE: "graduation.enum.Status.eligible",
        Status.GRADUATED: "graduation.enum.Status.graduated",
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
    cohort_starts_on: pendulum.Date | None = None
    """The day her cohort starts, when cohorts.csv gives it."""
    withdrawn_on: pendulum.Date | None = None
    """The day she withdrew, when she had by the evaluation date."""
    graduation: GraduationRecord | None = None
    """Her graduation, when one is recorded on or before the evaluation date."""
    admission: Decision | None = None
    """
    For a graduate, the decision on the day of her graduation: the one that admitted her.

    Its rule set, thresholds and what her record showed that day are this
    decision's own (``result``, ``rule_set_*``), kept whatever the rules say
    later. Its status is `Status.ELIGIBLE` when the graduation was warranted.
    """

    @property
    def unmet(self) -> tuple[str, ...]:
        """
        Ids of the criteria whose failure keeps her from graduating (leaves, in rule order).

        Empty when she is eligible or graduated; for a withdrawal, what she had
        not met when she left.
        """
        if self.status in (Status.ELIGIBLE, Status.GRADUATED):
            return ()
        return tuple(r.criterion_id for r in self.result.failing())

    @property
    def eligible(self) -> bool:
        """Whether the participant can graduate."""
        return self.status is Status.ELIGIBLE

    def status_label(self, lang: Lang = DEFAULT_LANG) -> str:
        """The status in words (``acredita graduación``...)."""
        return label(self.status, lang)

    @property
    def warranted(self) -> bool:
        """Whether a recorded graduation was warranted: she was eligible on its day (True when none is recorded)."""
        return self.admission is None or self.admission.status is Status.ELIGIBLE

    def missing(self, lang: Lang = DEFAULT_LANG) -> tuple[str, ...]:
        """What she still lacks, one short sentence per unmet criterion; nothing once she has left or graduated."""
        if self.status not in (Status.IN_PROGRESS, Status.NOT_ELIGIBLE):
            return ()
        return tuple(r.message.render(lang) for r in self.result.failing())

    def completed(self, lang: Lang = DEFAULT_LANG) -> tuple[str, ...]:
        """What she had met by the decision's date, one short sentence per criterion met (leaves, in rule order)."""
        return tuple(r.message.render(lang) for r in self.result.leaves() if r.passed)

    def summary(self, lang: Lang = DEFAULT_LANG) -> str:
        """
        Her situation in one line, as a report's row shows it.

        What she lacks while she is expected to finish; when she graduated and
        under which rule; when she left and what she had completed; when her
        cohort starts.
        """
        said = summary_message(self)
        if said is None:
            return "; ".join(self.missing(lang))
        return said.render(lang)

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
        said = summary_message(self)
        lines = [head] if said is None else [head, said.render(lang)]
        lines.append(rule)
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
        import html  # noqa: PLC0415 -- only for a notebook view (keeps the import of every room quick)

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


@attrs.frozen
class Listed:
    """Messages shown one after another, ``; `` between them, in the language asked for (a message parameter)."""

    items: tuple[Message, ...]

    def show(self, lang: Lang) -> str:
        """The messages in *lang*."""
        return "; ".join(m.render(lang) for m in self.items)


@attrs.frozen
class _StatusWords:
    """A status in words, in the language asked for (a message parameter)."""

    status: Status

    def show(self, lang: Lang) -> str:
        """The status's label in *lang*."""
        return label(self.status, lang)


def lacked(admission: Decision) -> Listed | _StatusWords:
    """What a graduate lacked on her graduation day, in words: each criterion she did not meet, or her status."""
    failing = tuple(r.message for r in admission.result.failing())
    return Listed(failing) if failing else _StatusWords(admission.status)


def summary_message(decision: Decision) -> Message | None:
    """The one-line message of a decision whose line is not what she lacks; None for the others."""
    d = decision
    if d.status is Status.GRADUATED and d.graduation is not None:
        on, event = d.graduation.graduated_on, d.graduation.event_id
        said = (
            message("graduation.summary.graduated_no_event", on=on, rule_set=d.rule_set_id)
            if event is None
            else message("graduation.summary.graduated", on=on, event=event, rule_set=d.rule_set_id)
        )
        if d.admission is not None and not d.warranted:
            return message("graduation.summary.unwarranted", graduated=said, unmet=lacked(d.admission))
        return said
    if d.status is Status.WITHDRAWN:
        done = tuple(r.message for r in d.result.leaves() if r.passed)
        if not done:
            return message("graduation.summary.withdrawn_nothing", on=d.withdrawn_on)
        return message("graduation.summary.withdrawn", on=d.withdrawn_on, done=Listed(done))
    if d.status is Status.ENROLLED:
        return message("graduation.summary.enrolled", starts_on=d.cohort_starts_on)
    return None


def _tree_lines(result: CriterionResult, lang: Lang, depth: int = 0) -> Iterator[tuple[int, str]]:
    mark = "✓" if result.passed else "✗"
    text = result.message.render(lang)
    if result.exception_label is not None:
        text += " " + message("graduation.explain.exception", label=result.exception_label.show(lang)).render(lang)
    yield depth, f"{mark} {text}"
    for child in result.children:
        yield from _tree_lines(child, lang, depth + 1)

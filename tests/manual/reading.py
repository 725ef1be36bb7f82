"""
Reading a Manual's Markdown as a reader would: its chapters, the numbers in them, and their notes.

A number is a run of digits standing alone (``12``, ``9.6``, ``1,095``,
``2022``), not part of an identifier (``R1``, ``edapp-2``); identifiers are code
spans, which are left out. A number is noted when a note's mark (``[^5-2]``)
follows it in its table cell, list item, heading or paragraph.
"""

from __future__ import annotations

import re
from typing import Final

from sce_method.manual import Manual

NUMBER: Final = re.compile(r"(?<![\w.-])\d+(?:[.,]\d+)*(?![\w-])")
MARK: Final = re.compile(r"\[\^\d+-\d+\]")
CODE: Final = re.compile(r"`[^`]*`")
CELL: Final = re.compile(r"(?<!\\)\|")


def chapters(manual: Manual) -> dict[str, str]:
    """The Markdown of each chapter, by its anchor: from its ``## n.`` heading to the next one."""
    text = manual.to_markdown()
    found: dict[str, str] = {}
    for number, chapter in enumerate(manual.chapters, 1):
        start = text.index(f"\n## {number}. {chapter.title}\n")
        end = text.find(f"\n## {number + 1}. ", start + 1)
        found[chapter.id] = text[start:] if end < 0 else text[start:end]
    return found


def segments(chapter: str) -> list[str]:
    """The text a reader reads as a unit: each table cell, each other line; not the notes, the chart or the title."""
    found: list[str] = []
    for line in chapter.strip().splitlines()[1:]:  # the first line is the chapter's numbered title
        if not line.strip() or line.startswith(("<", "[^", "|---")):
            continue  # a blank line, the chart's SVG, a note itself, a table's rule
        if line.startswith("|"):
            found += [cell.strip() for cell in CELL.split(line.strip().strip("|"))]
        else:
            found.append(line)
    return found


def unnoted(chapter: str) -> list[str]:
    """Each segment of *chapter* with a number that no note's mark follows."""
    problems = []
    for segment in segments(chapter):
        tail = MARK.split(CODE.sub("", segment))[-1]
        if NUMBER.search(tail):
            problems.append(segment)
    return problems

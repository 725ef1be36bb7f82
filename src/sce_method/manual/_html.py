"""
The Manual as one self-contained HTML page, for the screen and for print.

No external font, stylesheet, image or script: the CSS is inline (`STYLE`)
and the chart is inline SVG, so the file can be mailed, archived and printed
as it is. For print, each chapter starts a page and the contents list shows
page numbers where the renderer can (WeasyPrint can; a browser shows links).
For people who use assistive technology: the page declares its language,
headings go in order (h1 title, h2 chapters, h3 and h4 sections), tables
have header cells with their scope, notes are marked as notes.
"""

from __future__ import annotations

import html
import re
from typing import Final

from sce_method.manual._document import (
    Block,
    Chapter,
    Code,
    Figure,
    Heading,
    Items,
    Link,
    Manual,
    Para,
    Ref,
    Spans,
    Strong,
    Table,
)
from sce_method.manual._style import STYLE

_UNIT: Final = re.compile(r"(\d) (%|h\b)")


def to_html(manual: Manual) -> str:
    """The whole Manual as an HTML document, ending in one newline."""
    esc = html.escape
    about = "".join(f'<p class="about">{_spans(line, 0)}</p>' for line in manual.about)
    contents = "".join(f'<li><a href="#{chapter.id}">{esc(chapter.title)}</a></li>' for chapter in manual.chapters)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{manual.lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(manual.title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        f'<header class="cover"><h1>{esc(manual.title)}</h1>',
        f'<p class="subtitle">{esc(manual.subtitle)}</p>{about}</header>',
        f'<nav class="contents" aria-labelledby="contents"><h2 id="contents">{esc(manual.contents_title)}</h2>',
        f"<ol>{contents}</ol></nav>",
        "<main>",
    ]
    parts += [_chapter(chapter, number, manual.notes_title) for number, chapter in enumerate(manual.chapters, 1)]
    parts += ["</main>", "</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _chapter(chapter: Chapter, number: int, notes_title: str) -> str:
    title = f'<h2><span class="number">{number}.</span> {html.escape(chapter.title)}</h2>'
    body = "\n".join(_block(block, number) for block in chapter.blocks)
    notes = ""
    if chapter.notes:
        items = "".join(
            f'<li id="n{number}-{n}">{_spans(note, number)}</li>' for n, note in enumerate(chapter.notes, 1)
        )
        heading = f'<h3 id="n{number}">{html.escape(notes_title)}</h3>'
        section = f'<section class="notes" role="doc-endnotes" aria-labelledby="n{number}">'
        notes = f"\n{section}{heading}<ol>{items}</ol></section>"

    return f'<section class="chapter" id="{chapter.id}">\n{title}\n{body}{notes}\n</section>'


def _block(block: Block, chapter: int) -> str:
    if isinstance(block, Para):
        return f"<p>{_spans(block.spans, chapter)}</p>"
    if isinstance(block, Heading):
        anchor = f' id="{block.anchor}"' if block.anchor is not None else ""
        return f"<h{block.level}{anchor}>{_spans(block.spans, chapter)}</h{block.level}>"
    if isinstance(block, Items):
        return _items(block, chapter)
    if isinstance(block, Table):
        return _table(block, chapter)
    return _figure(block, chapter)


def _table(table: Table, chapter: int) -> str:
    caption = f"<caption>{html.escape(table.caption)}</caption>" if table.caption is not None else ""
    head = "".join(f'<th scope="col">{html.escape(h)}</th>' for h in table.headers)
    rows = []
    for row in table.rows:
        first, *rest = row
        cells = "".join(f"<td>{_spans(cell, chapter)}</td>" for cell in rest)
        rows.append(f'<tr><th scope="row">{_spans(first, chapter)}</th>{cells}</tr>')
    kind = f' class="{table.kind}"' if table.kind is not None else ""
    return f"<table{kind}>{caption}<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _figure(figure: Figure, chapter: int) -> str:
    return f"<figure>{figure.svg.strip()}<figcaption>{_spans(figure.caption, chapter)}</figcaption></figure>"


def _items(items: Items, chapter: int) -> str:
    tag = "ol" if items.ordered else "ul"
    out = []
    for item in items.items:
        nested = _items(item.children, chapter) if item.children is not None else ""
        out.append(f"<li>{_spans(item.spans, chapter)}{nested}</li>")
    return f"<{tag}>{''.join(out)}</{tag}>"


def _spans(spans: Spans, chapter: int) -> str:
    out = []
    for index, span in enumerate(spans):
        if isinstance(span, Ref) and index and isinstance(spans[index - 1], Ref):
            out.append('<sup class="ref">,</sup>')  # two marks in a row read as two, not as one number
        if isinstance(span, str):
            out.append(_UNIT.sub("\\1&nbsp;\\2", html.escape(span)))  # 130 %, 12 h: a number and its unit stay together
        elif isinstance(span, Code):
            out.append(f"<code>{html.escape(span.text)}</code>")
        elif isinstance(span, Strong):
            out.append(f"<strong>{html.escape(span.text)}</strong>")
        elif isinstance(span, Ref):
            target = f"n{chapter}-{span.number}"
            out.append(f'<sup class="ref"><a href="#{target}" role="doc-noteref">{span.number}</a></sup>')
        elif isinstance(span, Link):
            out.append(f'<a href="#{span.target}">{html.escape(span.text)}</a>')
    return "".join(out)

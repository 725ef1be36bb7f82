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

from sce_method.manual._document import Chapter, Code, Figure, Heading, Items, Link, Manual, Para, Ref, Strong, Table
from sce_method.manual._style import STYLE
from sce_method.manual._writer import Writer

_UNIT: Final = re.compile(r"(\d) (%|h\b)")


def to_html(manual: Manual) -> str:
    """The whole Manual as an HTML document, ending in one newline."""
    esc, front = html.escape, _Html(0)
    about = "".join(f'<p class="about">{front.spans(line)}</p>' for line in manual.about)
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
    writer = _Html(number)
    title = f'<h2><span class="number">{number}.</span> {html.escape(chapter.title)}</h2>'
    body = "\n".join(writer.block(block) for block in chapter.blocks)
    notes = ""
    if chapter.notes:
        items = "".join(f'<li id="n{number}-{n}">{writer.spans(note)}</li>' for n, note in enumerate(chapter.notes, 1))
        heading = f'<h3 id="n{number}">{html.escape(notes_title)}</h3>'
        section = f'<section class="notes" role="doc-endnotes" aria-labelledby="n{number}">'
        notes = f"\n{section}{heading}<ol>{items}</ol></section>"
    return f'<section class="chapter" id="{chapter.id}">\n{title}\n{body}{notes}\n</section>'


class _Html(Writer):
    def para(self, para: Para) -> str:
        return f"<p>{self.spans(para.spans)}</p>"

    def heading(self, heading: Heading) -> str:
        anchor = f' id="{heading.anchor}"' if heading.anchor is not None else ""
        return f"<h{heading.level}{anchor}>{self.spans(heading.spans)}</h{heading.level}>"

    def items(self, items: Items) -> str:
        tag = "ol" if items.ordered else "ul"
        out = []
        for item in items.items:
            nested = self.items(item.children) if item.children is not None else ""
            out.append(f"<li>{self.spans(item.spans)}{nested}</li>")
        return f"<{tag}>{''.join(out)}</{tag}>"

    def table(self, table: Table) -> str:
        caption = f"<caption>{html.escape(table.caption)}</caption>" if table.caption is not None else ""
        head = "".join(f'<th scope="col">{html.escape(h)}</th>' for h in table.headers)
        rows = []
        for first, *rest in table.rows:
            cells = "".join(f"<td>{self.spans(cell)}</td>" for cell in rest)
            rows.append(f'<tr><th scope="row">{self.spans(first)}</th>{cells}</tr>')
        kind = f' class="{table.kind}"' if table.kind is not None else ""
        return f"<table{kind}>{caption}<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"

    def figure(self, figure: Figure) -> str:
        return f"<figure>{figure.svg.strip()}<figcaption>{self.spans(figure.caption)}</figcaption></figure>"

    def text(self, text: str) -> str:
        return _UNIT.sub("\\1&nbsp;\\2", html.escape(text))  # 130 %, 12 h: a number and its unit stay together

    def code(self, code: Code) -> str:
        return f"<code>{html.escape(code.text)}</code>"

    def strong(self, strong: Strong) -> str:
        return f"<strong>{html.escape(strong.text)}</strong>"

    def link(self, link: Link) -> str:
        return f'<a href="#{link.target}">{html.escape(link.text)}</a>'

    def ref(self, ref: Ref, *, follows: bool) -> str:
        target = f"n{self.chapter}-{ref.number}"
        comma = '<sup class="ref">,</sup>' if follows else ""  # two marks in a row read as two, not as one number
        return f'{comma}<sup class="ref"><a href="#{target}" role="doc-noteref">{ref.number}</a></sup>'

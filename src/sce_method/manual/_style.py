"""
The Manual's stylesheet, inline in the page: readable on screen, paged in print.

Only fonts every system has (a serif for text, a sans-serif for headings and
tables, a monospace for identifiers); no web font is fetched. Print: A4 pages
with numbers, each chapter on a new page, headings kept with what follows,
table headers repeated, rows not split, and the contents list with page
numbers where the renderer supports ``target-counter`` (WeasyPrint).
"""

from __future__ import annotations

from typing import Final

STYLE: Final = """
:root { --ink: #1d1d1f; --muted: #55575d; --rule: #c9ccd3; --accent: #2f3e9e; --wash: #f3f4f8; }
html { color: var(--ink); background: #fff; }
body { font: 11pt/1.5 "DejaVu Serif", Georgia, "Times New Roman", serif; max-width: 52rem; margin: 0 auto;
  padding: 2rem 1.5rem 4rem; }
h1, h2, h3, h4, th, caption, figcaption, nav, .about, .notes { font-family: "DejaVu Sans", "Helvetica Neue", Arial,
  sans-serif; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .5rem; color: var(--accent); }
h2 { font-size: 1.5rem; margin: 2.5rem 0 1rem; padding-bottom: .3rem; border-bottom: 2px solid var(--accent); }
h2 .number { color: var(--accent); }
h3 { font-size: 1.2rem; margin: 1.8rem 0 .6rem; }
h4 { font-size: 1rem; margin: 1.4rem 0 .4rem; color: var(--muted); }
.cover { padding: 1.5rem 0 1rem; border-bottom: 1px solid var(--rule); }
.cover .subtitle { font-size: 1.2rem; margin: 0 0 1rem; }
.about { color: var(--muted); font-size: .9rem; margin: .2rem 0; }
nav.contents ol { columns: 2; column-gap: 2rem; padding-left: 1.5rem; }
nav.contents a { color: var(--ink); text-decoration: none; }
nav.contents a:hover, nav.contents a:focus { text-decoration: underline; }
a { color: var(--accent); }
code { font: .85em "DejaVu Sans Mono", Menlo, Consolas, monospace; background: var(--wash); padding: 0 .2em;
  border-radius: 2px; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: .8rem 0 1.2rem; font-size: .85rem; }
caption { text-align: left; font-weight: bold; padding-bottom: .3rem; }
th, td { border: 1px solid var(--rule); padding: .3rem .45rem; vertical-align: top; text-align: left; }
thead th { background: var(--wash); }
tbody th { font-weight: normal; }
sup.ref { font-size: .7em; line-height: 0; }
sup.ref a { text-decoration: none; padding: 0 .1em; }
figure { margin: 1rem 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: .85rem; color: var(--muted); }
.notes { font-size: .8rem; color: var(--muted); border-top: 1px solid var(--rule); margin-top: 2rem; }
.notes h3 { font-size: .9rem; margin: .8rem 0 .2rem; }
.notes ol { padding-left: 2rem; }
table.questions { table-layout: fixed; }
table.questions th:nth-child(1) { width: 36%; }
table.questions th:nth-child(2) { width: 24%; }
.notes li:target { background: #fff3bf; }
ul ul { margin: .2rem 0; }
@page { size: A4; margin: 20mm 18mm 22mm; @bottom-center { content: counter(page); font: 9pt sans-serif; } }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .cover { min-height: 40vh; border: none; }
  nav.contents { break-after: page; }
  nav.contents ol { columns: 1; }
  nav.contents a::after { content: leader(".") target-counter(attr(href), page); }
  section.chapter { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  tr, figure, li { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  code { background: none; padding: 0; }
}
""".strip()
"""The stylesheet, for the ``<style>`` element of the page."""

"""
How objects show themselves in a notebook: compact HTML views and bounded text reprs, in the display language.

A notebook keeps what it displays. A report of 100,000 participants shown
in full would write tens of megabytes into the ``.ipynb``; so every view
here shows a caption, counts, the first `PREVIEW_ROWS` rows and how many
more there are, like pandas does. The data is always whole in the object:
``rows()``, ``to_polars()``, ``to_pandas()``.

The language of the views is a setting of the session, Spanish by default:
``sce_method.set_display_lang("en")``. Methods that take ``lang`` (``rows``,
``explain``, ``describe``) keep taking it; the setting is only for what
Jupyter shows by itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence, Sized
from typing import Final

from sce_method._core._catalog import DEFAULT_LANG, Lang, check_lang, message

PREVIEW_ROWS: Final = 20
"""How many rows a view shows before "... N más"."""

_SETTING: dict[str, Lang] = {"lang": DEFAULT_LANG}

_STYLE: Final = (
    "<style>.sce-view caption{caption-side:top;text-align:left !important;padding:.3em 0}"
    ".sce-view td,.sce-view th{text-align:left !important;vertical-align:top}"
    ".sce-view td:not(:last-child){white-space:nowrap}"
    ".sce-view .sce-counts{font-weight:normal;font-size:90%}"
    ".sce-view .sce-more,.sce-view .sce-legend{margin:.3em 0;font-size:90%}"
    ".sce-view .sce-legend{color:#555}</style>"
)


def set_display_lang(lang: str) -> None:
    """
    Set the language notebooks show objects in: ``"es"`` (the default) or ``"en"``.

    >>> set_display_lang("en"), display_lang()
    (None, 'en')
    >>> set_display_lang("es")

    Raises:
        ValueError: *lang* is not a language the library speaks.
    """
    _SETTING["lang"] = check_lang(lang)


def display_lang() -> Lang:
    """The language notebooks show objects in (`set_display_lang`)."""
    return _SETTING["lang"]


def sized(items: Sized) -> str:
    """
    A bounded repr of a collection: its size and the type of its items, not its items.

    >>> sized((1, 2, 3)), sized(())
    ('<3 int>', '()')
    """
    if not len(items):
        return repr(items)
    first = next(iter(items))  # type: ignore[call-overload]
    return f"<{len(items)} {type(first).__name__}>"


def html_view(  # noqa: PLR0913 -- keyword-only parts of one view
    *,
    caption: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    total: int,
    counts: Sequence[tuple[str, int]] = (),
    legend: str | None = None,
    lang: Lang | None = None,
) -> str:
    """
    A compact HTML view: caption, counts, the first `PREVIEW_ROWS` *rows* of *total*, "... N más", a legend.

    Only the first `PREVIEW_ROWS` of *rows* are read, so a caller can pass a
    generator over a large report. Every text is escaped.

    >>> view = html_view(caption="Dos", headers=["id"], rows=[["a"], ["b"]], total=2, counts=[("ok", 2)])
    >>> "<caption><strong>Dos</strong>" in view, view.count("<tr>")
    (True, 3)
    """
    import html  # noqa: PLC0415 -- only for a notebook view (keeps the import of every room quick)

    lang = lang or display_lang()
    shown = []
    for index, row in enumerate(rows):
        if index == PREVIEW_ROWS:
            break
        shown.append("<tr>" + "".join(f"<td>{html.escape(_cell(c))}</td>" for c in row) + "</tr>")
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    parts = ["<div class='sce-view'>", _STYLE, f"<table><caption><strong>{html.escape(caption)}</strong>"]
    if counts:
        said = " · ".join(f"{html.escape(name)}: {count}" for name, count in counts)
        parts.append(f"<br/><span class='sce-counts'>{said}</span>")
    parts.append(f"</caption><thead><tr>{head}</tr></thead>")
    parts.append(f"<tbody>{''.join(shown)}</tbody></table>")
    if total > len(shown):
        more = message("core.view.more", count=total - len(shown), total=total).render(lang)
        parts.append(f"<p class='sce-more'>{html.escape(more)}</p>")
    if legend:
        parts.append(f"<p class='sce-legend'>{html.escape(legend)}</p>")
    parts.append("</div>")
    return "".join(parts)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)

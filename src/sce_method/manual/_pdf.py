"""
The Manual as PDF, through WeasyPrint, an optional extra (``pip install 'sce-method[pdf]'``).

WeasyPrint lays out HTML and CSS for print (pages, page numbers, the contents
list's page numbers) in Python, but needs the Pango text library of the
system; where either is missing, `to_pdf` says how to add them instead of
failing with a traceback. The PDF carries no date and a fixed identifier
taken from the page, so the same Manual gives the same bytes.
"""

from __future__ import annotations

import hashlib

from sce_method._core import WriteError, message


def to_pdf(page: str) -> bytes:
    """
    *page* (the Manual's HTML) laid out as PDF.

    Raises:
        WriteError: WeasyPrint, or the system libraries it needs, is not installed.
    """
    try:
        import weasyprint  # noqa: PLC0415 -- an optional extra, imported only when a PDF is asked for
    except ImportError:
        raise WriteError(message("manual.pdf.missing")) from None
    except OSError as err:  # WeasyPrint is installed, but Pango (a system library) is not
        raise WriteError(message("manual.pdf.system", reason=str(err).splitlines()[0])) from None
    identifier = hashlib.sha256(page.encode("utf-8")).hexdigest()[:32].encode("ascii")
    document = weasyprint.HTML(string=page)
    pdf: bytes = document.write_pdf(pdf_identifier=identifier)
    return pdf

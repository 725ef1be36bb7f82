"""
Optional dependencies (the extras), imported on first use, and the install command that fits this installation.

A missing extra is a `MissingExtraError` whose message names the command to
run. That command depends on how ``sce-method`` itself was installed: from
PyPI it is ``pip install 'sce-method[xlsx]'``; from a clone (``pip install -e
.``) or a local folder it names that folder, as pip recorded it in the
distribution's ``direct_url.json`` (PEP 610).
"""

from __future__ import annotations

import importlib
from types import ModuleType
from urllib.parse import unquote, urlparse

from sce_method._core._catalog import message
from sce_method._core._errors import MissingExtraError

DISTRIBUTION = "sce-method"


def install_command(extra: str, direct_url: str | None = None) -> str:
    """
    The pip command that adds *extra* to this installation.

    *direct_url* is the text of ``direct_url.json`` (by default, read from the
    installed distribution).

    >>> install_command("xlsx", direct_url="")
    "pip install 'sce-method[xlsx]'"
    >>> install_command("xlsx", direct_url='{"url": "file:///src/sce", "dir_info": {"editable": true}}')
    "pip install -e '/src/sce[xlsx]'"
    >>> install_command("tables", direct_url='{"url": "file:///src/sce", "dir_info": {}}')
    "pip install '/src/sce[tables]'"
    """
    import json  # noqa: PLC0415 -- only when an extra is missing (keeps the import of every room quick)

    if direct_url is None:
        from importlib import metadata  # noqa: PLC0415 -- brings email and zipfile (8 ms): only when an extra is missing

        try:
            direct_url = metadata.distribution(DISTRIBUTION).read_text("direct_url.json") or ""
        except metadata.PackageNotFoundError:
            direct_url = ""
    try:
        info = json.loads(direct_url) if direct_url else {}
    except ValueError:
        info = {}
    url = info.get("url", "") if isinstance(info, dict) else ""
    if isinstance(url, str) and url.startswith("file://") and "dir_info" in info:
        folder = unquote(urlparse(url).path)
        editable = "-e " if info["dir_info"].get("editable") else ""
        return f"pip install {editable}'{folder}[{extra}]'"
    return f"pip install '{DISTRIBUTION}[{extra}]'"


def require(module: str, extra: str) -> ModuleType:
    """
    Import *module*, which the extra *extra* installs.

    Raises:
        MissingExtraError: it is not installed; the message names the command that installs it.
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        said = message("core.extra_missing", module=module, extra=extra, command=install_command(extra))
        raise MissingExtraError(said, extra=extra) from None

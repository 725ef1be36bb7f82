"""
The `Methodology` aggregate, and the adaptations that make one methodology out of another.

>>> import sce_method
>>> sce_method.load().as_of("2023-03-01").id
'jalisco-sisemh-2024'

An adaptation (`Adaptation`) names its parent and lists `Change` s, each with
its provenance; any layer may `Lock` paths. Loading one resolves the chain
into one `Methodology` whose `Methodology.lineage` lists the `Layer` s.
"""

from typing import TYPE_CHECKING

from sce_method._core import lazy_dir, lazy_names
from sce_method.methodology import _messages  # noqa: F401 -- registers this room's messages first

if TYPE_CHECKING:
    from sce_method.methodology._diff import Difference, DiffKind, diff
    from sce_method.methodology._diff_render import render_diff
    from sce_method.methodology._layers import ABSENT, Adaptation, Change, ChangeOp, Layer, Lock, ParentRef
    from sce_method.methodology._model import Methodology
    from sce_method.methodology._paths import ChangePath, Key
    from sce_method.methodology._programme import (
        Agreement,
        Amount,
        Event,
        Organisation,
        OrganisationRole,
        Product,
        ProductKind,
        Programme,
    )
    from sce_method.methodology._resolution import Resolution
    from sce_method.methodology._results import HasComparison, HasResults, compare_with_cohort, results_with_cohort
    from sce_method.methodology._tree import Where


__all__ = [
    "ABSENT",
    "Adaptation",
    "Agreement",
    "Amount",
    "Change",
    "ChangeOp",
    "ChangePath",
    "DiffKind",
    "Difference",
    "Event",
    "HasComparison",
    "HasResults",
    "Key",
    "Layer",
    "Lock",
    "Methodology",
    "Organisation",
    "OrganisationRole",
    "ParentRef",
    "Product",
    "ProductKind",
    "Programme",
    "Resolution",
    "Where",
    "compare_with_cohort",
    "diff",
    "render_diff",
    "results_with_cohort",
]

__getattr__ = lazy_names(
    __name__,
    {
        "Difference": "sce_method.methodology._diff",
        "DiffKind": "sce_method.methodology._diff",
        "diff": "sce_method.methodology._diff",
        "render_diff": "sce_method.methodology._diff_render",
        "ABSENT": "sce_method.methodology._layers",
        "Adaptation": "sce_method.methodology._layers",
        "Change": "sce_method.methodology._layers",
        "ChangeOp": "sce_method.methodology._layers",
        "Layer": "sce_method.methodology._layers",
        "Lock": "sce_method.methodology._layers",
        "ParentRef": "sce_method.methodology._layers",
        "Methodology": "sce_method.methodology._model",
        "ChangePath": "sce_method.methodology._paths",
        "Key": "sce_method.methodology._paths",
        "Agreement": "sce_method.methodology._programme",
        "Amount": "sce_method.methodology._programme",
        "Event": "sce_method.methodology._programme",
        "Organisation": "sce_method.methodology._programme",
        "OrganisationRole": "sce_method.methodology._programme",
        "Product": "sce_method.methodology._programme",
        "ProductKind": "sce_method.methodology._programme",
        "Programme": "sce_method.methodology._programme",
        "Resolution": "sce_method.methodology._resolution",
        "HasComparison": "sce_method.methodology._results",
        "HasResults": "sce_method.methodology._results",
        "compare_with_cohort": "sce_method.methodology._results",
        "results_with_cohort": "sce_method.methodology._results",
        "Where": "sce_method.methodology._tree",
    },
)
"""The public names, each imported from its module on first use (the room imports quickly; see docs/performance.md)."""

__dir__ = lazy_dir(globals(), __all__)

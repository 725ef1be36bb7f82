"""
The `Methodology` aggregate, and the adaptations that make one methodology out of another.

>>> import sce_method
>>> sce_method.load().as_of("2023-03-01").id
'jalisco-sisemh-2024'

An adaptation (`Adaptation`) names its parent and lists `Change` s, each with
its provenance; any layer may `Lock` paths. Loading one resolves the chain
into one `Methodology` whose `Methodology.lineage` lists the `Layer` s.
"""

from sce_method.methodology import _messages  # noqa: F401 -- registers this room's messages first
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

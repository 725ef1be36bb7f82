"""
The `Methodology` aggregate: every part of the methodology, with its documents.

>>> import sce_method
>>> sce_method.load().as_of("2023-03-01").id
'jalisco-sisemh-2024'
"""

from sce_method.methodology import _messages  # noqa: F401 -- registers this room's messages first
from sce_method.methodology._model import Methodology
from sce_method.methodology._results import HasResults, results_with_cohort

__all__ = ["HasResults", "Methodology", "results_with_cohort"]

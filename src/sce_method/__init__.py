"""
UN Women's Second Chance Education (SCE) methodology, as typed data.

The methodology that UN Women transferred to Jalisco's SISEMH in 2024 (its
curriculum, centres and staff trainings, each value with its source) loaded
from YAML into immutable objects that state programmes, notebooks and tools
can share.

>>> import sce_method
>>> sce_method.available()
('jalisco-sisemh-2024',)
>>> m = sce_method.load()
>>> m.curriculum.module("educacion-financiera").title.es
'Educación financiera'
"""

from importlib.metadata import PackageNotFoundError, version

from sce_method.methodology import Methodology
from sce_method.serialization import available, load

try:
    __version__ = version("sce-method")
except PackageNotFoundError:  # pragma: no cover -- only when run from an uninstalled tree
    __version__ = "0.0.0+unknown"

__all__ = ["Methodology", "__version__", "available", "load"]

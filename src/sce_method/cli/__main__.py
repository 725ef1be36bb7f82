"""``python -m sce_method.cli``: the same as the ``sce-method`` command."""

import sys

from sce_method.cli import main

sys.exit(main())

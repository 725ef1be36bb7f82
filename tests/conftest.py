"""
Hypothesis settings for the whole suite.

Tests never assert on time (STYLE.md, Timing), so Hypothesis' per-example
deadline is off; everything else is Hypothesis' default.
"""

from hypothesis import settings

settings.register_profile("sce", deadline=None)
settings.load_profile("sce")

"""
Hypothesis settings for the whole suite.

Tests never assert on time (STYLE.md, Timing), so Hypothesis' per-example
deadline is off; everything else is Hypothesis' default. Two profiles:

- ``sce``, the default: Hypothesis' 100 examples per property (the fuzz
  tests of tests/fuzz take a tenth of that, see `tests.fuzz.harness.FUZZ`);
- ``ci``, which ``.ci/run`` loads for tests/fuzz
  (``pytest tests/fuzz --hypothesis-profile=ci``): ten times as many
  examples, so the fuzz tests run a hundred each, drawn from a fixed seed
  (``derandomize``): the same commit draws the same examples, so a red CI
  run means the code changed, not the dice;
- ``explore``, for a person hunting bugs: as many examples as ``ci``, drawn
  at random, so each run tries new inputs; a failure prints the
  ``@reproduce_failure`` line that replays it.
"""

from hypothesis import settings

settings.register_profile("sce", deadline=None)
settings.register_profile("ci", settings.get_profile("sce"), max_examples=1000, derandomize=True, print_blob=True)
settings.register_profile("explore", settings.get_profile("sce"), max_examples=1000, print_blob=True)
settings.load_profile("sce")

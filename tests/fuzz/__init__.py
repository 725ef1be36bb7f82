"""
The fuzzing harness: every reader, given mutated inputs, returns or raises a located error, and leaks nothing.

Each test starts from a real input (the example cohort, the bundled methodologies and the example adaptations,
the bundled instruments written as XLSForms, the example KoboToolbox exports), mutates it with the strategies of
`tests.fuzz.mutate` (bytes flipped, encodings, separators, headers, cell types, sizes) and hands it to a reader
and to the command that reads it, through `tests.fuzz.harness`. The number of examples follows the Hypothesis
profile: the short default, or ``--hypothesis-profile=ci``.
"""

"""Pytest settings for the documentation folder."""

# The griffe extension is a tool of the docs build; griffe comes with the docs extra, not the test extra.
collect_ignore = ["_griffe_doctests.py", "notebooks/execute.py"]

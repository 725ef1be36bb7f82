"""
The JSON Schemas of the YAML files and the cohort folder's data package, generated from the classes.

Read them with ``importlib.resources.files("sce_method.schemas")``; each is
checked against a fresh generation by the tests (`sce_method.serialization.schema_text`).
"""

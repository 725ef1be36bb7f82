"""The bundled methodologies, one YAML file each, read with importlib.resources."""

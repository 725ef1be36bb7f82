"""Messages of the survey exports (prefix ``exports.``)."""

from __future__ import annotations

from typing import Final

from sce_method._core import Templates, register

MESSAGES: Final[dict[str, Templates]] = {
    # -- exports ------------------------------------------------------------------------
    "exports.delimiter": {
        "es": "el archivo usa {found!r} como separador y {flavour} escribe {expected!r}: se leyó con {found!r}",
        "en": "the file uses {found!r} as separator and {flavour} writes {expected!r}: read with {found!r}",
    },
    "exports.no_question": {
        "es": "ninguna columna corresponde a una pregunta del instrumento {instrument!r}: ¿es el instrumento correcto?",
        "en": "no column matches a question of instrument {instrument!r}: is it the right instrument?",
    },
    "exports.missing_column": {
        "es": "no hay columna para esta pregunta en la exportación",
        "en": "the export has no column for this question",
    },
    "exports.unknown_column": {
        "es": "columna que no es del instrumento: se conserva en extra, no se valida",
        "en": "column not in the instrument: kept in extra, not validated",
    },
    "exports.duplicate_instance": {
        "es": "envío repetido: el mismo instance id ya está en la línea {first}",
        "en": "duplicate submission: the same instance id is already on line {first}",
    },
}

register(__name__, MESSAGES)

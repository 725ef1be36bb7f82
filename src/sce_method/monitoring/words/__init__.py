"""
Instruments said in words: skip logic, constraints and calculations, for people who read a form.

The form on the phone keeps ``${necesita_apoyo} = 'si'``; `in_words` says
the same expression tree in Spanish or English, naming questions and choices
by their labels (a `Vocabulary`, usually `Vocabulary.of` an instrument), and
`question_in_words` says how a question is answered and every rule on it.
The Manual (`sce_method.manual`) writes every instrument this way.

This room imports `sce_method.monitoring.instruments` and
`sce_method.monitoring.expressions`, and nothing else of monitoring.

>>> from sce_method.monitoring.expressions import parse
>>> in_words(parse("${apoyo} = 'si' or . <= today()"), "en")
"the answer to “apoyo” is “si” or the answer is not after today's date"
"""

from typing import TYPE_CHECKING

from sce_method._core import lazy_dir, lazy_names
from sce_method.monitoring.words import _messages  # noqa: F401 -- registers this room's messages first

if TYPE_CHECKING:
    from sce_method.monitoring.words._questions import QuestionWords, question_in_words
    from sce_method.monitoring.words._speak import Vocabulary, in_words


__all__ = ["QuestionWords", "Vocabulary", "in_words", "question_in_words"]

__getattr__ = lazy_names(
    __name__,
    {
        "QuestionWords": "sce_method.monitoring.words._questions",
        "question_in_words": "sce_method.monitoring.words._questions",
        "Vocabulary": "sce_method.monitoring.words._speak",
        "in_words": "sce_method.monitoring.words._speak",
    },
)
"""The public names, each imported from its module on first use (the room imports quickly; see docs/performance.md)."""

__dir__ = lazy_dir(globals(), __all__)

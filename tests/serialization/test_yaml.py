"""Tests for `sce_method.serialization._yaml`: the strict, located YAML reader."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from sce_method.exceptions import LoadError, Problem
from sce_method.serialization import MAX_BYTES, MAX_DEPTH, MAX_NODES, _yaml, load
from sce_method.serialization._scalars import resolve_plain
from sce_method.serialization._yaml import Parsed, decode, parse
from tests.edits import problems_of

ANY_TEXT = st.text(st.characters(exclude_categories=()))
"""Any text at all, lone surrogates and control characters included."""

YAML_TOKENS = st.lists(
    st.sampled_from(
        [
            ":",
            " ",
            "  ",
            "\n",
            "- ",
            "[",
            "]",
            "{",
            "}",
            ",",
            "&a ",
            "*a",
            "!",
            "!!str ",
            "!!int ",
            "? ",
            "#",
            "'",
            '"',
            "a",
            "b",
            "1",
            "2.5",
            "|",
            ">",
            "\t",
            "<<",
            "---",
            "...",
            "%YAML 1.2",
            "~",
            "é",
            "\\",
            "\x00",
        ]
    )
).map("".join)
"""Text made of YAML's own punctuation, to reach deeper into the parser than random text does."""


LOADERS = [pytest.param(yaml.SafeLoader, id="python")]
if hasattr(yaml, "CSafeLoader"):
    LOADERS.append(pytest.param(yaml.CSafeLoader, id="libyaml"))


@pytest.fixture(params=LOADERS)
def loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> type[yaml.SafeLoader]:
    """Each parser PyYAML offers on this machine, in turn: the results must not depend on which one it has."""
    parser: type[yaml.SafeLoader] = request.param
    monkeypatch.setattr(_yaml, "_FAST", parser)
    return parser


def _where(problems: tuple[Problem, ...]) -> list[tuple[tuple[str | int, ...], str, int | None, int | None]]:
    return [(p.path, p.message.key, p.line, p.column) for p in problems]


Located = tuple[str | None, int | None, int | None, str, dict[str, object]]


def _located(problems: tuple[Problem, ...]) -> list[Located]:
    """Each problem's file, line, column, message key and message parameters."""
    return [(p.file, p.line, p.column, p.message.key, dict(p.message.params)) for p in problems]


def _outcome(text: str | bytes) -> str:
    """Whether *text* parsed or was refused with a LoadError; any other exception escapes."""
    try:
        parse(text)
    except LoadError as error:
        return "refused" if error.problems else "refused without a problem"
    return "parsed"


def _parse_problems(text: str | bytes) -> tuple[Problem, ...]:
    """What the reader refuses in *text*, as `loads` reports it."""
    problems = problems_of(text)
    with pytest.raises(LoadError) as caught:
        parse(text)
    assert problems == caught.value.problems
    return problems


class TestResolvePlain:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("12", 12),
            ("-3", -3),
            ("+7", 7),
            ("0o17", 15),
            ("0x1F", 31),
            ("2.5", 2.5),
            ("1e3", 1000.0),
            ("-.5", -0.5),
            (".inf", math.inf),
            ("-.Inf", -math.inf),
            ("true", True),
            ("False", False),
            ("~", None),
            ("null", None),
            ("", None),
        ],
    )
    def test_core_schema(self, text: str, value: object) -> None:
        """Plain scalars resolve by the YAML 1.2 core schema."""
        assert value == resolve_plain(text)

    @pytest.mark.parametrize(
        "text", ["yes", "no", "on", "off", "y", "n", "2,5", "2024-10-17", "12:30", "1_000", "0b11"]
    )
    def test_yaml_11_lookalikes_stay_text(self, text: str) -> None:
        """yes/no/on/off, decimal commas, dates, sexagesimals and the like stay text."""
        assert text == resolve_plain(text)

    def test_nan(self) -> None:
        """.nan is a float NaN."""
        value = resolve_plain(".nan")

        assert isinstance(value, float)
        assert math.isnan(value)

    @pytest.mark.parametrize("text", ["9" * 5000, "0x" + "f" * 5000])
    def test_integers_python_will_not_handle_stay_text(self, text: str) -> None:
        """An integer too long for Python to read or show in decimal stays text instead of raising."""
        assert text == resolve_plain(text)

    @given(ANY_TEXT)
    def test_never_raises(self, text: str) -> None:
        """Any text resolves to something: a scalar of the core schema, or itself."""
        assert isinstance(resolve_plain(text), str | int | float | bool | type(None))


class TestDecode:
    def test_bom_is_accepted(self) -> None:
        """A UTF-8 BOM is dropped."""
        expected = "id: x\n"

        assert expected == decode(b"\xef\xbb\xbfid: x\n")

    def test_exactly_max_bytes(self) -> None:
        """MAX_BYTES bytes are decoded (the limit is inclusive)."""
        expected = MAX_BYTES

        assert expected == len(decode(b" " * MAX_BYTES))

    def test_too_large(self) -> None:
        """More than MAX_BYTES is refused before decoding."""
        with pytest.raises(LoadError) as caught:
            decode(b" " * (MAX_BYTES + 1), file="m.yaml")

        expected = [((), "serialization.too_large", "m.yaml", MAX_BYTES + 1)]
        assert expected == [(p.path, p.message.key, p.file, p.message.params["size"]) for p in caught.value.problems]


class TestParsed:
    def test_marks_values_and_keys(self) -> None:
        """The line and column of every value, and of every key, are kept by path."""
        parsed = parse("id: prueba\ncurriculum:\n  modules:\n    - hours: 12\n")

        expected = ((4, 14), (4, 7), (4, 5))
        assert expected == (
            parsed.locate(("curriculum", "modules", 0, "hours")),
            parsed.locate(("curriculum", "modules", 0, "hours"), key=True),
            parsed.locate(("curriculum", "modules")),
        )

    def test_locate_falls_back_to_the_enclosing_value(self) -> None:
        """A path that is not in the file (a missing key) is placed at its nearest enclosing value."""
        parsed = parse("id: prueba\ncurriculum:\n  modules:\n    - hours: 12\n")

        expected = (4, 7)
        assert expected == parsed.locate(("curriculum", "modules", 0, "sessions"))

    def test_locate_nothing(self) -> None:
        """Data without marks locates nothing."""
        expected = None

        assert expected == Parsed(data={}).locate(("a",))

    def test_plain_data(self) -> None:
        """The data is plain Python: dicts, lists, text and core-schema scalars; quoted scalars stay text."""
        parsed = parse("a: [1, '2', yes, 2024-10-17, ~]\nb: {c: 2.5}\nd: !!str 3\n")

        expected = {"a": [1, "2", "yes", "2024-10-17", None], "b": {"c": 2.5}, "d": "3"}
        assert expected == parsed.data

    def test_small_aliases_are_expanded(self) -> None:
        """An alias repeats its anchor's value."""
        expected = {"a": {"x": 1}, "b": {"x": 1}}

        assert expected == parse("a: &x {x: 1}\nb: *x\n").data

    def test_anchor_on_a_scalar(self) -> None:
        """An alias of an anchored scalar repeats its value, resolved like the scalar, and is placed where it is."""
        parsed = parse("a: &x 1\nb: &y 'no'\nc: *x\nd: *y\n")

        expected = ({"a": 1, "b": "no", "c": 1, "d": "no"}, (3, 4), (4, 4))
        assert expected == (parsed.data, parsed.locate(("c",)), parsed.locate(("d",)))

    def test_quoted_merge_key_is_text(self) -> None:
        """Only a plain << is a merge key: quoted, it is a key like any other."""
        expected = {"<<": 1, "a": {"<<": 2}}

        assert expected == parse("'<<': 1\na: {\"<<\": 2}\n").data

    def test_non_specific_tag_keeps_text(self) -> None:
        """The non-specific tag ! makes a scalar text, like !!str."""
        expected = {"a": "3", "b": "true"}

        assert expected == parse("a: ! 3\nb: ! true\n").data


@pytest.mark.usefixtures("loader")
class TestParse:
    def test_duplicate_key(self) -> None:
        """A repeated key is refused at the repeat, naming the first line."""
        problems = _parse_problems("id: a\ntitle: b\nid: c\n")

        expected = [(("id",), "serialization.duplicate_key", 3, 1, 1)]
        assert expected == [(*_where((p,))[0], p.message.params["first_line"]) for p in problems]

    def test_every_duplicate_key_at_once(self) -> None:
        """All repeated keys are reported, wherever they are."""
        problems = _parse_problems("a: 1\na: 2\nb:\n  c: 1\n  c: 2\n")

        expected = [
            (("a",), "serialization.duplicate_key", 2, 1),
            (("b", "c"), "serialization.duplicate_key", 5, 3),
        ]
        assert expected == _where(problems)

    @pytest.mark.parametrize("text", ["", "# solo un comentario\n", "~\n", "---\n...\n"])
    def test_empty(self, text: str) -> None:
        """An empty document is refused at line 1, column 1."""
        expected = [((), "core.load.empty", 1, 1)]

        assert expected == _where(_parse_problems(text))

    def test_syntax_error(self) -> None:
        """Malformed YAML is reported as our code at its line and column, with the parser's reason as a detail."""
        problems = _parse_problems("id: prueba\nversion: 1: 2\n")

        # The reason's wording is PyYAML's and may change with a release: only that there is one is ours to test.
        expected = [((), "serialization.yaml_syntax", 2, 11, True)]
        assert expected == [(*_where((p,))[0], bool(p.message.params["problem"])) for p in problems]

    def test_control_character(self) -> None:
        """A character YAML forbids is reported on one line, with its line and column and its code point."""
        problems = _parse_problems("a: b\nééé: \x01\n")

        expected = [((), "serialization.yaml_syntax", 2, 6, True)]
        assert expected == [(*_where((p,))[0], "#x0001" in str(p.message.params["problem"])) for p in problems]

    @pytest.mark.parametrize(
        ("text", "line", "column"),
        [
            ("a: b\nc: d\nééé: \x01\n", 3, 6),
            ("a: b\nc: d\ne: f\nxy: \x01\n", 4, 5),
            ("a: b\n\nc: [d, é]\n\nef: [g, \x01]\n", 5, 9),
        ],
    )
    def test_control_character_further_down(self, text: str, line: int, column: int) -> None:
        """On line 3 and later too, the column counts from the start of the character's own line."""
        expected = [((), "serialization.yaml_syntax", line, column, True)]

        assert expected == [
            (*_where((p,))[0], str(p.message.params["problem"]).endswith("(#x0001)")) for p in _parse_problems(text)
        ]

    def test_lone_surrogate(self) -> None:
        """Text that UTF-8 cannot hold is a LoadError at its place, not a UnicodeEncodeError."""
        expected = [((), "serialization.yaml_syntax", 2, 3)]

        assert expected == _where(_parse_problems("a: b\n  \ud800x\n"))

    def test_lone_surrogate_further_down(self) -> None:
        """A lone surrogate on line 3 is placed on its line, in the file named, with the code point and the reason."""
        with pytest.raises(LoadError) as caught:
            parse("a: b\nc: d\nef: g\ud800\n", file="m.yaml")

        expected = [
            (
                "m.yaml",
                3,
                6,
                "serialization.yaml_syntax",
                {"problem": "unacceptable character #xd800: surrogates not allowed"},
            )
        ]
        assert expected == _located(caught.value.problems)

    def test_too_large_text_names_the_file(self) -> None:
        """Text over MAX_BYTES is refused in the file named, with no line."""
        with pytest.raises(LoadError) as caught:
            parse("a" * (MAX_BYTES + 1), file="m.yaml")

        expected = [("m.yaml", None, None, "serialization.too_large", {"size": MAX_BYTES + 1, "limit": MAX_BYTES})]
        assert expected == _located(caught.value.problems)

    def test_too_large_text(self) -> None:
        """Text over MAX_BYTES (in UTF-8) is refused without parsing."""
        problems = _parse_problems("a" * (MAX_BYTES + 1))

        expected = [((), "serialization.too_large", None, None, MAX_BYTES)]
        assert expected == [(*_where((p,))[0], p.message.params["limit"]) for p in problems]

    def test_size_counts_utf8_bytes(self) -> None:
        """The limit counts bytes: two-byte characters reach it at half the length."""
        expected = [2 * (MAX_BYTES // 2 + 1)]

        assert expected == [p.message.params["size"] for p in _parse_problems("é" * (MAX_BYTES // 2 + 1))]

    def test_multiple_documents(self) -> None:
        """One file holds one document."""
        expected = [((), "serialization.multiple_documents", 3, 1)]

        assert expected == _where(_parse_problems("---\na: 1\n---\nb: 2\n"))

    @pytest.mark.parametrize(
        ("text", "what", "line", "column"),
        [
            ("<<: {a: 1}\n", "merge key <<", 1, 1),
            ("a: !!int 3\n", "tag tag:yaml.org,2002:int", 1, 4),
            ("a: !!python/object:os.system x\n", "tag tag:yaml.org,2002:python/object:os.system", 1, 4),
            ("a: !!set {x}\n", "tag tag:yaml.org,2002:set", 1, 4),
            ("? [a]\n: b\n", "complex key", 1, 3),
            ("a: &x 1\n*x : 1\n", "alias as key", 2, 1),
        ],
    )
    def test_unsupported_constructs(self, text: str, what: str, line: int, column: int) -> None:
        """Merge keys, tags (other than !!str), complex keys and alias keys are refused where written."""
        expected = [("serialization.unsupported_yaml", what, line, column)]

        assert expected == [(p.message.key, p.message.params["what"], p.line, p.column) for p in _parse_problems(text)]

    def test_undefined_alias(self) -> None:
        """An alias to nothing is a syntax problem at the alias."""
        expected = [((), "serialization.yaml_syntax", 2, 4)]

        assert expected == _where(_parse_problems("a: &x 1\nb: *y\n"))

    def test_file_is_named(self) -> None:
        """The file name given is carried by every problem."""
        with pytest.raises(LoadError) as caught:
            parse("a: 1\na: 2\n", file="m.yaml")

        expected = ["m.yaml:2:1: $.a: duplicate key 'a' (already defined on line 1)"]
        assert expected == [p.render("en") for p in caught.value.problems]

    @given(ANY_TEXT)
    def test_any_text_parses_or_is_a_load_error(self, text: str) -> None:
        """Whatever the text, parse returns data or raises LoadError, nothing else."""
        assert _outcome(text) in {"parsed", "refused"}

    @given(YAML_TOKENS)
    def test_any_yaml_punctuation_parses_or_is_a_load_error(self, text: str) -> None:
        """Text made of YAML punctuation parses or raises LoadError, nothing else."""
        assert _outcome(text) in {"parsed", "refused"}

    @given(st.binary())
    def test_any_bytes_parse_or_are_a_load_error(self, raw: bytes) -> None:
        """Whatever the bytes, parse returns data or raises LoadError, nothing else."""
        assert _outcome(raw) in {"parsed", "refused"}

    @given(ANY_TEXT)
    def test_every_problem_renders_on_one_line(self, text: str) -> None:
        """A reading problem is one line, whatever the input."""
        problems: tuple[Problem, ...] = ()
        try:
            parse(text)
        except LoadError as error:
            problems = error.problems

        expected: list[str] = []
        assert expected == [p.render("en") for p in problems if "\n" in p.render("en")]


def _nested(depth: int, style: str) -> tuple[str, int, int]:
    """
    A document nested *depth* levels deep in *style*, and where level ``MAX_DEPTH + 1`` opens (line, column).

    Styles: ``flow-seq`` ``[[[...]]]``, ``flow-map`` ``{a: {a: ...}}``, ``block-map`` (indented keys),
    ``block-seq`` (indented dashes) and ``mixed`` (a block mapping holding flow sequences).
    """
    if style == "flow-seq":
        return "[" * depth + "]" * depth + "\n", 1, MAX_DEPTH + 1
    if style == "flow-map":
        return "{a: " * depth + "1" + "}" * depth + "\n", 1, 4 * MAX_DEPTH + 1
    if style == "block-map":
        lines = [" " * i + "a:" for i in range(depth)]
        lines[-1] += " 1"
        # Level k (1-based) is the mapping whose first key is on line k, column k.
        return "\n".join(lines) + "\n", MAX_DEPTH + 1, MAX_DEPTH + 1
    if style == "block-seq":
        lines = [" " * (2 * i) + "-" for i in range(depth)]
        lines[-1] += " 1"
        return "\n".join(lines) + "\n", MAX_DEPTH + 1, 2 * MAX_DEPTH + 1
    assert style == "mixed"
    half = MAX_DEPTH // 2
    lines = [" " * i + "a:" for i in range(half)]
    lines[-1] += " " + "[" * (depth - half) + "]" * (depth - half)
    return "\n".join(lines) + "\n", half, half + 3 + (MAX_DEPTH - half)


STYLES = ["flow-seq", "flow-map", "block-map", "block-seq", "mixed"]


@pytest.mark.usefixtures("loader")
class TestLimits:
    """Our limits decide, with our codes and places, whichever parser PyYAML gives a machine."""

    @pytest.mark.parametrize("style", STYLES)
    def test_at_max_depth_is_read(self, style: str) -> None:
        """A document exactly MAX_DEPTH levels deep is read."""
        text, _, _ = _nested(MAX_DEPTH, style)

        expected = "parsed"
        assert expected == _outcome(text)

    @pytest.mark.parametrize(
        ("style", "depth"),
        [(style, depth) for style in STYLES for depth in (MAX_DEPTH + 1, 1_000, 1_001)]
        # 10,000 indented levels would be over MAX_BYTES: flow styles only.
        + [(style, 10_000) for style in ("flow-seq", "flow-map", "mixed")],
    )
    def test_past_max_depth_is_refused_where_the_level_opens(self, style: str, depth: int) -> None:
        """
        Nesting past MAX_DEPTH is `serialization.too_deep` where level MAX_DEPTH + 1 opens.

        Also past 1,000 flow levels, which libyaml (PyYAML 6.0.4) refuses on its own while scanning ahead.
        """
        text, line, column = _nested(depth, style)

        expected = [((), "serialization.too_deep", line, column, MAX_DEPTH)]
        assert expected == [(*_where((p,))[0], p.message.params["limit"]) for p in _parse_problems(text)]

    def test_syntax_error_after_deep_nesting_is_still_too_deep(self) -> None:
        """What is refused first in the text is reported: the depth, not a later syntax error."""
        text = "[" * 2_000 + "]" * 2_000 + "\nkey: : :\n"

        expected = ["serialization.too_deep"]
        assert expected == [p.message.key for p in _parse_problems(text)]

    def test_libyaml_refusal_without_our_limit_is_a_syntax_error(self) -> None:
        """A document libyaml refuses for a reason of its own, within our limits, is a syntax error at its place."""
        text = "a: [1, 2\nb: 3\n"

        expected = [((), "serialization.yaml_syntax")]
        assert expected == [(p.path, p.message.key) for p in _parse_problems(text)]

    def test_exactly_max_bytes_is_read(self) -> None:
        """A document of exactly MAX_BYTES bytes is read (the limit is inclusive)."""
        text = "a: " + "x" * (MAX_BYTES - len("a: \n")) + "\n"

        expected = (MAX_BYTES, "parsed")
        assert expected == (len(text.encode("utf-8")), _outcome(text))

    @pytest.mark.parametrize("as_bytes", [False, True], ids=["text", "bytes"])
    def test_past_max_bytes_is_refused(self, *, as_bytes: bool) -> None:
        """One byte over MAX_BYTES is `serialization.too_large`, before any parsing, for text and for bytes."""
        text = "a: " + "x" * (MAX_BYTES - len("a: \n") + 1) + "\n"
        problems = _parse_problems(text.encode("utf-8") if as_bytes else text)

        expected = [("serialization.too_large", MAX_BYTES + 1, MAX_BYTES)]
        assert expected == [(p.message.key, p.message.params["size"], p.message.params["limit"]) for p in problems]

    def test_exactly_max_nodes_is_read(self) -> None:
        """A document of exactly MAX_NODES nodes (the root sequence and its items) is read."""
        text = "[" + ",".join(["1"] * (MAX_NODES - 1)) + "]\n"

        expected = "parsed"
        assert expected == _outcome(text)

    def test_past_max_nodes_is_refused_at_the_node(self) -> None:
        """Node MAX_NODES + 1 is `serialization.too_many_aliases` at its own place, aliases or not."""
        text = "[" + ",".join(["1"] * MAX_NODES) + "]\n"

        expected = [((), "serialization.too_many_aliases", 1, 2 * MAX_NODES, MAX_NODES)]
        assert expected == [(*_where((p,))[0], p.message.params["limit"]) for p in _parse_problems(text)]

    def test_alias_of_a_scalar_counts_one_node(self) -> None:
        """Aliases of an anchored scalar count one node each: MAX_NODES nodes are read, the next alias is refused."""
        exactly = "[&x 1" + ", *x" * (MAX_NODES - 2) + "]\n"
        past = "[&x 1" + ", *x" * (MAX_NODES - 1) + "]\n"

        expected = ("parsed", [((), "serialization.too_many_aliases", 1, past.rindex("*") + 1, MAX_NODES)])
        assert expected == (
            _outcome(exactly),
            [(*_where((p,))[0], p.message.params["limit"]) for p in _parse_problems(past)],
        )

    def test_alias_of_a_list_counts_its_nodes(self) -> None:
        """An alias of an anchored [1, 2] counts three nodes: the list and its items."""
        aliases = (MAX_NODES - 4) // 3
        filled = "[&x [1, 2]" + ", *x" * aliases + ", 1" * (MAX_NODES - 4 - 3 * aliases)
        past = filled + ", 1]\n"

        expected = ("parsed", [((), "serialization.too_many_aliases", 1, past.rindex("1") + 1, MAX_NODES)])
        assert expected == (
            _outcome(filled + "]\n"),
            [(*_where((p,))[0], p.message.params["limit"]) for p in _parse_problems(past)],
        )

    def test_alias_bomb(self) -> None:
        """Aliases that would expand past MAX_NODES are refused where the count is crossed."""
        lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
        for name, previous in zip("bcdefghi", "abcdefgh", strict=True):
            lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")

        problems = _parse_problems("\n".join(lines) + "\n")

        # a..e hold about 75,000 nodes; f's first alias of e brings 141,000 and its second crosses 200,000.
        expected = [((), "serialization.too_many_aliases", 6, 11, MAX_NODES)]
        assert expected == [(*_where((p,))[0], p.message.params["limit"]) for p in problems]


class TestLoadsReading:
    """The reader's refusals as `loads` reports them for a whole methodology."""

    def test_not_utf8(self) -> None:
        """Bytes that are not UTF-8 are refused at the first bad byte's line and column."""
        problems = problems_of(b"id: prueba\ntitle: Educaci\xf3n financiera\n")

        expected = [((), "core.load.not_utf8", 2, 15, "0xf3")]
        assert expected == [(*_where((p,))[0], p.message.params["byte"]) for p in problems]

    def test_too_large_bytes(self) -> None:
        """A file over MAX_BYTES is refused whole."""
        expected = [((), "serialization.too_large", None, None)]

        assert expected == _where(problems_of(b"#" * (MAX_BYTES + 1)))


FILE_PROBLEMS: list[tuple[str, bytes, list[tuple[int | None, int | None, str, dict[str, object]]]]] = [
    ("empty", b"# nada\n", [(1, 1, "core.load.empty", {})]),
    ("not-utf8", b"id: prueba\nc: d\ntitle: Educaci\xf3n\n", [(3, 15, "core.load.not_utf8", {"byte": "0xf3"})]),
    (
        "too-large",
        b"#" * (MAX_BYTES + 1),
        [(None, None, "serialization.too_large", {"size": MAX_BYTES + 1, "limit": MAX_BYTES})],
    ),
    (
        "duplicate-key",
        b"a: 1\nb:\n  c: 1\n  c: 2\n",
        [(4, 3, "serialization.duplicate_key", {"key": "c", "first_line": 3})],
    ),
    (
        "tag",
        b"a:\n  b: !!int 3\n",
        [(2, 6, "serialization.unsupported_yaml", {"what": "tag tag:yaml.org,2002:int"})],
    ),
    ("merge-key", b"a: 1\n<<: {b: 2}\n", [(2, 1, "serialization.unsupported_yaml", {"what": "merge key <<"})]),
    ("two-documents", b"a: 1\n---\nb: 2\n", [(2, 1, "serialization.multiple_documents", {})]),
    # 2,000 flow levels: libyaml refuses them on its own, and the reader finds its limit crossed first.
    (
        "too-deep",
        b"[" * 2_000 + b"]" * 2_000 + b"\n",
        [(1, MAX_DEPTH + 1, "serialization.too_deep", {"limit": MAX_DEPTH})],
    ),
    (
        "too-many-nodes",
        b"[&x 1" + b", *x" * (MAX_NODES - 1) + b"]\n",
        [(1, 4 * MAX_NODES, "serialization.too_many_aliases", {"limit": MAX_NODES})],
    ),
    ("undefined-alias", b"a: &x 1\nb: *y\n", [(2, 4, "serialization.yaml_syntax", {"problem": "undefined alias *y"})]),
]
"""A file for each kind of problem the reader finds, and the problems it reports: line, column, key, parameters."""


def _load_problems(path: Path, raw: bytes) -> list[Located]:
    """What `load` reports for a methodology file holding *raw*."""
    path.write_bytes(raw)
    with pytest.raises(LoadError) as caught:
        load(path)
    return _located(caught.value.problems)


@pytest.mark.usefixtures("loader")
class TestProblemsInAFile:
    """Problems of a file given to `load` name the file, and say where and what, whichever parser the machine has."""

    @pytest.mark.parametrize(
        ("raw", "problems"), [case[1:] for case in FILE_PROBLEMS], ids=[c[0] for c in FILE_PROBLEMS]
    )
    def test_each_kind(
        self, tmp_path: Path, raw: bytes, problems: list[tuple[int | None, int | None, str, dict[str, object]]]
    ) -> None:
        """Each problem names the file, its line and column, and the parameters of its message."""
        path = tmp_path / "metodologia.yaml"

        expected = [(str(path), *problem) for problem in problems]
        assert expected == _load_problems(path, raw)

    @pytest.mark.parametrize(
        ("raw", "line", "column", "suffix"),
        [
            pytest.param(b"id: prueba\nversion: 1: 2\n", 2, 11, "", id="syntax"),
            pytest.param(b"a: b\nc: d\n\xc3\xa9\xc3\xa9\xc3\xa9: \x01\n", 3, 6, " (#x0001)", id="character"),
        ],
    )
    def test_in_the_parsers_words(self, tmp_path: Path, raw: bytes, line: int, column: int, suffix: str) -> None:
        """A problem the parser words (its wording is PyYAML's) still names the file, the line and the column."""
        path = tmp_path / "metodologia.yaml"
        ((file, at_line, at_column, key, params),) = _load_problems(path, raw)
        reason = str(params["problem"])

        expected = (str(path), line, column, "serialization.yaml_syntax", True, True)
        assert expected == (file, at_line, at_column, key, bool(reason), reason.endswith(suffix))

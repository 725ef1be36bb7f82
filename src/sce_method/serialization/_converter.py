"""
The one cattrs converter of the package, with strict primitives.

cattrs by default turns ``2.7`` into ``2`` for an int and ``"no"`` into
``True`` for a bool. Here a value of the wrong type is an error naming what
was expected and what was found; nothing is guessed.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import typing
from collections.abc import Callable, Mapping
from typing import Any, get_args, get_origin

import attrs
import cattrs
import pendulum
from cattrs.cols import mapping_structure_factory
from cattrs.errors import AttributeValidationNote, ClassValidationError
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.preconf.pyyaml import make_converter as make_yaml_converter

from sce_method._core import InvariantError, Problem, Text, is_derived, message
from sce_method.graduation import KINDS, Criterion
from sce_method.monitoring.results import COMPUTATION_KINDS, Computation
from sce_method.participants import PersonalData
from sce_method.serialization._primitives import (
    Mismatch,
    is_enum,
    strict_bool,
    strict_date,
    strict_enum,
    strict_float,
    strict_int,
    strict_str,
    strict_text,
    unstructure_text,
    wrong,
)


def _is_tuple(cl: Any) -> bool:
    return get_origin(cl) is tuple


def _is_mapping(cl: Any) -> bool:
    return get_origin(cl) in (Mapping, typing.Mapping)


def _is_attrs(cl: Any) -> bool:
    return attrs.has(get_origin(cl) or cl) and (get_origin(cl) or cl) is not Text


def _tuple_hook(converter: cattrs.Converter, cl: Any) -> Callable[[object, type], tuple[Any, ...]]:
    args = get_args(cl)
    item: Any = args[0] if args else Any
    as_list: Any = list[item]
    items_hook = converter.get_structure_hook(as_list)

    def structure(value: object, _: type) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise wrong(message("core.type.list"), value)
        return tuple(items_hook(list(value), as_list))

    return structure


def _mapping_hook(converter: cattrs.Converter, cl: Any) -> Callable[[object, type], dict[Any, Any]]:
    key_type, value_type = get_args(cl) or (Any, Any)
    as_dict = dict[key_type, value_type]  # type: ignore[valid-type]
    hook = mapping_structure_factory(as_dict, converter)

    def structure(value: object, _: type) -> dict[Any, Any]:
        if not isinstance(value, Mapping):
            raise wrong(message("serialization.type.mapping"), value)
        return hook(value, as_dict)

    return structure


def _attrs_hook(converter: cattrs.Converter, cl: Any) -> Callable[[object, type], Any]:
    # Resolve the annotations on the class itself first: cattrs before 26.1 resolves them on `cl`, which fails
    # for a generic alias such as Dated[RuleSet].
    attrs.resolve_types(get_origin(cl) or cl)
    omitted = _derived_overrides(cl)
    inner: Callable[[Mapping[str, Any], Any], Any]
    if omitted:
        make: Any = make_dict_structure_fn  # its **overrides are typed as if they could fill its named options
        inner = make(
            cl,
            converter,
            _cattrs_forbid_extra_keys=True,
            _cattrs_detailed_validation=converter.detailed_validation,
            **omitted,
        )
    else:
        inner = converter.gen_structure_attrs_fromdict(cl)

    def structure(value: object, _: type) -> Any:
        if not isinstance(value, Mapping):
            raise wrong(message("serialization.type.mapping"), value)
        try:
            return inner(value, cl)
        except InvariantError as first:
            raise _all_fields(first, cl, value) from None
        except ClassValidationError as group:
            # attrs stops at a record's first failing validator: report every bad field of it at once.
            subs = [
                _all_fields(e, cl, value) if isinstance(e, InvariantError) and not _noted(e) else e
                for e in group.exceptions
            ]
            if not any(isinstance(e, InvariantError) and not _noted(e) for e in group.exceptions):
                # The record never reached its constructor (a key missing, say): check the fields that are there.
                extra = _field_problems(cl, value)
                if extra:
                    subs.append(InvariantError(extra))
            raise ClassValidationError(group.message, subs, group.cl) from None

    return structure


def _derived_overrides(cl: Any) -> dict[str, Any]:
    """Derived fields are never read from a file nor written to one (see `sce_method._core.DERIVED`)."""
    return {f.name: override(omit=True) for f in attrs.fields(get_origin(cl) or cl) if is_derived(f)}


def _unstructure_attrs(converter: cattrs.Converter, cl: Any, *, personal: bool) -> Callable[[Any], dict[str, Any]]:
    omitted = {**_derived_overrides(cl), **({} if personal else _personal_overrides(cl))}
    make: Any = make_dict_unstructure_fn  # see _attrs_hook
    fn: Callable[[Any], dict[str, Any]] = make(cl, converter, _cattrs_omit_if_default=True, **omitted)
    return fn


def _personal_overrides(cl: Any) -> dict[str, Any]:
    """
    The fields that hold personal data, left out of plain data unless the caller asks for them.

    A participant's name, CURP, phone and e-mail live in `PersonalData`: its
    own fields, and any field that holds one (``Participant.personal``).
    """
    cls = get_origin(cl) or cl
    if cls is PersonalData:
        return {f.name: override(omit=True) for f in attrs.fields(cls)}
    attrs.resolve_types(cls)
    return {f.name: override(omit=True) for f in attrs.fields(cls) if f.type is PersonalData}


def _noted(exc: BaseException) -> bool:
    """Whether cattrs noted *exc* against one attribute (rather than the constructor as a whole)."""
    return any(isinstance(n, AttributeValidationNote) for n in getattr(exc, "__notes__", ()))


def _all_fields(first: InvariantError, cl: Any, value: Mapping[str, object]) -> InvariantError:
    """*first*'s problems and those of every other field whose raw value breaks its validator."""
    return InvariantError(list(dict.fromkeys([*first.problems, *_field_problems(cl, value)])))


def _field_problems(cl: Any, value: Mapping[str, object]) -> list[Problem]:
    """Run each field's validator on its raw value; our validators check plain values (text, numbers, lists)."""
    found: list[Problem] = []
    for field in attrs.fields(get_origin(cl) or cl):
        if field.validator is None or field.name not in value:
            continue
        try:
            field.validator(None, field, value[field.name])
        except InvariantError as err:
            found.extend(err.problems)
        except Exception:  # noqa: BLE001, S112 -- a raw value of another type is cattrs' to report, not ours
            continue
    return found


@attrs.frozen
class TaggedUnion:
    """
    A union of attrs classes written in YAML as mappings with a tag key.

    ``{kind: total_hours, hours: 40, ...}`` structures as the class registered
    for ``total_hours``; unstructuring writes the tag back first.
    """

    union: object
    tag: str
    classes: Mapping[str, type]
    name: str
    """How the union is named where it is described (the JSON Schema's ``$defs``)."""


def _register_tagged(converter: cattrs.Converter, tagged: TaggedUnion, *, personal: bool) -> None:
    kinds = tagged.classes

    def structure(value: object, _: type) -> object:
        if not isinstance(value, Mapping):
            raise wrong(message("serialization.type.mapping"), value)
        if tagged.tag not in value:
            raise Mismatch(message("core.load.missing_key", key=tagged.tag), at=(tagged.tag,))
        kind = value[tagged.tag]
        if not isinstance(kind, str) or kind not in kinds:
            import difflib  # noqa: PLC0415 -- only when an error is worded (keeps the import of every room quick)

            close = difflib.get_close_matches(str(kind), list(kinds), n=1, cutoff=0.6)
            if close:
                raise Mismatch(message("serialization.unknown_kind", kind=kind, suggestion=close[0]), at=(tagged.tag,))
            raise Mismatch(
                message("serialization.invalid_choice", value=kind, choices=", ".join(kinds)), at=(tagged.tag,)
            )
        rest = {k: v for k, v in value.items() if k != tagged.tag}
        return converter.structure(rest, kinds[kind])

    converter.register_structure_hook_func(lambda t: t == tagged.union, structure)
    for kind, cls in kinds.items():
        # Built on first dump, not here: loading never unstructures, and generating the functions costs milliseconds.
        plain = functools.cache(functools.partial(_unstructure_attrs, converter, cls, personal=personal))
        converter.register_unstructure_hook(cls, functools.partial(_with_tag, tagged.tag, kind, plain))


def _with_tag(tag: str, kind: str, plain: Callable[[], Callable[[Any], dict[str, Any]]], obj: Any) -> dict[str, Any]:
    return {tag: kind, **plain()(obj)}


TAGGED_UNIONS: tuple[TaggedUnion, ...] = (
    TaggedUnion(union=Criterion, tag="kind", classes=KINDS, name="Criterion"),
    TaggedUnion(union=Computation, tag="kind", classes=COMPUTATION_KINDS, name="Computation"),
)
"""The tagged unions of the models, registered on the converter."""


def _make_converter(*, detailed: bool, personal: bool = False) -> cattrs.Converter:
    converter = make_yaml_converter(forbid_extra_keys=True, detailed_validation=detailed)

    for cl, hook in ((str, strict_str), (int, strict_int), (float, strict_float), (bool, strict_bool)):
        converter.register_structure_hook(cl, hook)
    converter.register_structure_hook(pendulum.Date, strict_date)
    converter.register_structure_hook(dt.date, strict_date)
    converter.register_unstructure_hook(pendulum.Date, lambda d: d.isoformat())
    converter.register_structure_hook(Text, strict_text)
    converter.register_unstructure_hook(Text, unstructure_text)
    # A class hook on Enum (not a factory): cattrs before 25 has a class hook of its own for Enum that a factory
    # would never reach.
    converter.register_structure_hook(enum.Enum, strict_enum)
    converter.register_unstructure_hook_factory(is_enum, lambda _cl: lambda member: member.value)
    converter.register_structure_hook_factory(_is_tuple, functools.partial(_tuple_hook, converter))
    converter.register_structure_hook_factory(_is_mapping, functools.partial(_mapping_hook, converter))
    converter.register_structure_hook_factory(_is_attrs, functools.partial(_attrs_hook, converter))
    converter.register_unstructure_hook_factory(
        _is_attrs, functools.partial(_unstructure_attrs, converter, personal=personal)
    )
    # Plain data kept as written (an adaptation's change value): any YAML value, checked where it lands.
    converter.register_structure_hook_func(lambda t: t is object, lambda value, _: value)
    for tagged in TAGGED_UNIONS:
        _register_tagged(converter, tagged, personal=personal)
    return converter


@functools.cache
def converter() -> cattrs.Converter:
    """
    The package's converter, built once on first use.

    It collects every problem of the data with its path (cattrs' detailed
    validation), which makes its generated functions larger and slower to
    build; `fast_converter` is tried first.
    """
    return _make_converter(detailed=True)


@functools.cache
def fast_converter(*, personal: bool = False) -> cattrs.Converter:
    """
    The same rules without cattrs' detailed validation: it stops at the first problem and does not say where.

    Valid data, the common case, gives the same object with either converter;
    on any failure the caller runs `converter` to report every problem. It
    leaves personal data out of the plain data it writes, unless *personal*.
    """
    return _make_converter(detailed=False, personal=personal)

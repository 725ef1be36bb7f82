"""
Reading a PNG with the standard library (zlib), to check a screenshot the way a reader would see it.

Enough of the format for a browser's screenshot: 8-bit samples, grey or RGB,
with or without alpha, not interlaced; every row unfiltered.
"""

from __future__ import annotations

import struct
import zlib
from collections import Counter
from typing import Final

import attrs

SIGNATURE: Final = b"\x89PNG\r\n\x1a\n"
CHANNELS: Final = {0: 1, 2: 3, 4: 2, 6: 4}
"""Samples per pixel, by PNG colour type."""


@attrs.frozen
class Png:
    """A decoded image: its size, samples per pixel, and its rows of samples."""

    width: int
    height: int
    channels: int
    rows: tuple[bytes, ...]

    def pixels(self, step: int = 1) -> Counter[bytes]:
        """How often each colour occurs, every *step*-th pixel of every *step*-th row."""
        size = self.channels
        return Counter(row[x : x + size] for row in self.rows[::step] for x in range(0, self.width * size, size * step))


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def _unfilter(kind: int, line: bytearray, previous: bytes, size: int) -> None:
    """Undo one row's filter in place (PNG specification, section 9)."""
    if kind == 1:
        for i in range(size, len(line)):
            line[i] = (line[i] + line[i - size]) & 0xFF
    elif kind == 2:
        line[:] = bytes((x + y) & 0xFF for x, y in zip(line, previous, strict=True))
    elif kind == 3:
        for i in range(len(line)):
            left = line[i - size] if i >= size else 0
            line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
    elif kind == 4:
        for i in range(len(line)):
            left = line[i - size] if i >= size else 0
            corner = previous[i - size] if i >= size else 0
            line[i] = (line[i] + _paeth(left, previous[i], corner)) & 0xFF


def read_png(data: bytes) -> Png:
    """Decode *data*, a PNG file."""
    assert data[:8] == SIGNATURE, "not a PNG file"
    position, compressed, header = 8, bytearray(), b""
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind, body = data[position + 4 : position + 8], data[position + 8 : position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            compressed += body
        elif kind == b"IEND":
            break
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert (depth, interlace) == (8, 0), f"unsupported PNG: depth {depth}, interlace {interlace}"
    size = CHANNELS[colour]
    raw, stride = zlib.decompress(bytes(compressed)), width * size
    rows: list[bytes] = []
    previous = bytes(stride)
    for y in range(height):
        start = y * (stride + 1)
        line = bytearray(raw[start + 1 : start + 1 + stride])
        _unfilter(raw[start], line, previous, size)
        previous = bytes(line)
        rows.append(previous)
    return Png(width=width, height=height, channels=size, rows=tuple(rows))

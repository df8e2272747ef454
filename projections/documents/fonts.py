"""The bundled CJK TrueType font, registered with reportlab once per process.

WenQuanYi Micro Hei (Apache-2.0, resources/fonts/LICENSE-wqy-microhei.txt) is a TrueType
collection; reportlab embeds a subset of the glyphs each PDF uses, so the Chinese is real,
searchable text on any viewer or printer. The font has one weight: documents make headings
stand out by size, colour and a stroked outline (see `canvas_bold`), not by a bold face.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

import resources

FONT = "WenQuanYiMicroHei"
FONT_FILE = resources.path("fonts", "wqy-microhei.ttc")
LICENCE_FILE = resources.path("fonts", "LICENSE-wqy-microhei.txt")

_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Registers the font (the first call reads the file, later calls return at once)."""
    global _registered
    if _registered:
        return FONT
    with _lock:
        if not _registered:
            pdfmetrics.registerFont(TTFont(FONT, str(FONT_FILE), subfontIndex=0))
            # <b> and <i> in a paragraph fall back to the same face rather than failing.
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT, bold, italic, FONT)
            _registered = True
    return FONT

"""Cut the bundled CJK fonts out of Debian's Noto CJK collections.

Why subsets: the full faces are 20-27 MB collections of five regions each; AgreementKit needs one
Chinese face per script (SC for zh-Hans, TC for zh-Hant) and only the characters Chinese agreements
use. Why TrueType (quadratic glyf) output although Noto CJK is drawn in CFF: AgreementKit cuts a subset
of these fonts per PDF and Skia embeds a TrueType font as a real CID font, whereas it writes CFF fonts as
Type 3 fonts (one deflated path program per glyph: three times slower to write, 2.5 times larger, and
drawn without hinting by viewers). fontTools' cu2qu converts the cubic outlines within 1 unit per em.

Run through ./subset-fonts (which picks a Python that has fontTools). Same input files and the same
fontTools version give byte-identical outputs: no timestamp is recalculated and nothing random is
written.
"""

import hashlib
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

NOTO = Path("/usr/share/fonts/opentype/noto")

# (output file, collection, face index in the collection, expected face name). The index is checked
# against the name so a reordered collection fails loudly instead of shipping the Japanese face.
FACES = [
    ("NotoSerifCJKsc-Regular.subset.ttf", "NotoSerifCJK-Regular.ttc", 2, "Noto Serif CJK SC"),
    ("NotoSerifCJKtc-Regular.subset.ttf", "NotoSerifCJK-Regular.ttc", 3, "Noto Serif CJK TC"),
    ("NotoSansCJKsc-Bold.subset.ttf", "NotoSansCJK-Bold.ttc", 2, "Noto Sans CJK SC Bold"),
    ("NotoSansCJKtc-Bold.subset.ttf", "NotoSansCJK-Bold.ttc", 3, "Noto Sans CJK TC Bold"),
]

# Unicode blocks Chinese agreements draw from. Names use rare characters, so all of the URO and
# Extension A are kept; compatibility ideographs are kept because input text is never normalised.
RANGES = [
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement (¥ § ° ± × ÷ ·)
    (0x0100, 0x017F),  # Latin Extended-A (names in pinyin with tone marks: ā ē ī ō ū)
    (0x01CD, 0x01DC),  # pinyin third-tone vowels ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ
    (0x02C6, 0x02DD),  # spacing modifiers used in GB 2312 (ˇ ˉ ˊ ˋ ˙)
    (0x0391, 0x03C9),  # Greek letters used in formulas and lists
    (0x2000, 0x206F),  # General Punctuation (“ ” ‘ ’ … — ‰ ※)
    (0x20A0, 0x20BF),  # Currency Symbols (€)
    (0x2100, 0x214F),  # Letterlike Symbols (℃ № ™)
    (0x2150, 0x218F),  # Number Forms (Ⅰ Ⅱ Ⅲ ⅰ)
    (0x2190, 0x21FF),  # Arrows
    (0x2200, 0x22FF),  # Mathematical Operators (≤ ≥ ≠ ∶)
    (0x2460, 0x24FF),  # Enclosed Alphanumerics (① ⑴ ⒈)
    (0x2500, 0x257F),  # Box Drawing
    (0x25A0, 0x25FF),  # Geometric Shapes (□ ■ ○ ● △)
    (0x2600, 0x26FF),  # Miscellaneous Symbols (★ ☆ ☐ ☑)
    (0x2700, 0x27BF),  # Dingbats (✓ ✔)
    (0x3000, 0x303F),  # CJK Symbols and Punctuation (、。〇《》「」【】〔〕)
    (0x3100, 0x312F),  # Bopomofo (Taiwan annotations)
    (0x3200, 0x32FF),  # Enclosed CJK Letters and Months (㈠ ㈱)
    (0x3400, 0x4DBF),  # CJK Unified Ideographs Extension A
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xF900, 0xFAFF),  # CJK Compatibility Ideographs
    (0xFE10, 0xFE1F),  # Vertical Forms
    (0xFE30, 0xFE4F),  # CJK Compatibility Forms
    (0xFE50, 0xFE6F),  # Small Form Variants
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms (，：；！？（） ￥)
]

# CJK Radicals Supplement and Kangxi Radicals share glyphs with ordinary ideographs (⼀/一, ⽅/方).
# Skia writes the lowest code point of a glyph into the PDF's ToUnicode map, so with these entries in
# the cmap, text extraction returns radicals instead of 一 方 日 金. They are never requested above,
# and are removed from every cmap subtable below in case a future range pulls them in.
RADICALS = range(0x2E80, 0x2FE0)

# The same trap with ordinary characters: these rarely used code points share a glyph with one that
# Chinese text uses and sort lower, so they would take over its ToUnicode entry. Dropping them makes
# 　(U+3000) ／ ～ – extract as themselves; text that really uses the dropped ones is reported as a
# missing glyph by the renderer rather than silently extracted as something else.
SHADOWING = {
    0x2003: "EM SPACE, shares the IDEOGRAPHIC SPACE U+3000 glyph",
    0x2012: "FIGURE DASH, shares the EN DASH U+2013 glyph",
    0x2215: "DIVISION SLASH, shares the FULLWIDTH SOLIDUS U+FF0F glyph",
    0x301C: "WAVE DASH, shares the FULLWIDTH TILDE U+FF5E glyph",
}


def unicodes():
    result = set()
    for first, last in RANGES:
        result.update(range(first, last + 1))
    return sorted(result.difference(RADICALS).difference(SHADOWING))


def options():
    o = subset.Options()
    o.layout_features = []  # Skia lays out without shaping: GSUB/GPOS would be dead weight
    o.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx", "DSIG"]
    o.hinting = False  # CFF hints do not survive the conversion to quadratic outlines
    o.name_IDs = ["*"]  # keep the copyright and licence strings the OFL requires
    o.name_languages = ["*"]
    o.notdef_outline = True
    o.glyph_names = False
    o.recalc_timestamp = False  # keep head.modified from the source (see also recalcTimestamp below)
    o.recalc_bounds = True
    o.canonical_order = True
    return o


def strip_shadowing_entries(font):
    for table in font["cmap"].tables:
        for code in [c for c in table.cmap if c in RADICALS or c in SHADOWING]:
            del table.cmap[code]


# Largest distance, in font units (1,000 per em), between a cubic CFF curve and its quadratic
# replacement: a thousandth of the em, far below anything a printer or screen shows.
MAX_ERROR = 1.0


def to_truetype(font):
    """Replaces the CFF outlines with quadratic glyf outlines (what fontTools' otf2ttf snippet does)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        # CFF contours run counter-clockwise, TrueType ones clockwise.
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    maxp = newTable("maxp")  # version 1.0; point and contour maxima are computed when saving
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(order)
    maxp.maxZones = 1
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    font["maxp"] = maxp
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0  # no glyph names, as in the CFF subsets
    font.sfntVersion = "\x00\x01\x00\x00"


def main(out_dir):
    out_dir.mkdir(parents=True, exist_ok=True)
    wanted = unicodes()
    for out_name, collection, index, face_name in FACES:
        path = NOTO / collection
        font = TTCollection(str(path), lazy=False).fonts[index]
        actual = font["name"].getDebugName(4)
        if actual != face_name:
            sys.exit(f"{path} face {index} is '{actual}', expected '{face_name}'")
        subsetter = subset.Subsetter(options())
        subsetter.populate(unicodes=wanted)
        subsetter.subset(font)
        strip_shadowing_entries(font)
        to_truetype(font)
        # TTFont.save stamps head.modified with the current time unless told not to; keep the source's.
        font.recalcTimestamp = False
        target = out_dir / out_name
        font.save(str(target), reorderTables=True)
        digest = hashlib.sha256(target.read_bytes()).hexdigest()
        print(f"{out_name}\t{target.stat().st_size}\t{len(font.getBestCmap())}\t{digest}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "fonts")

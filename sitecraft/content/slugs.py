"""Readable ASCII slugs from titles in any of the site's languages.

Chinese is spelled in pinyin (pypinyin, which ships its own dictionary), Russian with a
GOST 7.79-2000 (system B)-like table, everything else with Django's ``slugify``.
"""

from __future__ import annotations

import re

from django.db.models import QuerySet
from django.utils.text import slugify

SLUG_LENGTH = 80

# GOST 7.79-2000 system B, simplified to letters and digits only (no apostrophes or accents).
CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "x", "ц": "cz", "ч": "ch", "ш": "sh",
    "щ": "shh", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Ukrainian and Belarusian letters that appear in Russian texts' names
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
}  # fmt: skip
# Latin letters that Unicode does not decompose into a base letter and an accent.
LATIN_EXTRA = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "þ": "th",
        "Þ": "Th",
        "œ": "oe",
    }
)
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_PUNCTUATION = re.compile(r"[^\w\s]")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def transliterate_russian(text: str) -> str:
    """Spell Cyrillic letters in Latin ones; other characters are kept."""
    out = []
    for ch in text:
        lower = ch.lower()
        if lower in CYRILLIC:
            latin = CYRILLIC[lower]
            out.append(latin.capitalize() if ch != lower else latin)
        else:
            out.append(ch)
    return "".join(out)


def transliterate_chinese(text: str) -> str:
    """Spell Han characters in toneless pinyin, one word per syllable."""
    from pypinyin import Style, lazy_pinyin

    return " ".join(lazy_pinyin(text, style=Style.NORMAL, errors="default"))


def _ascii_slug(text: str) -> str:
    # Punctuation separates words ("a:b" -> "a-b"); slugify alone would glue them ("ab").
    text = _PUNCTUATION.sub(" ", text.translate(LATIN_EXTRA))
    return _NOT_SLUG.sub("-", slugify(text).lower()).strip("-")


def _cut(slug: str, limit: int) -> str:
    """Shorten ``slug`` to ``limit`` characters, at a hyphen when there is one."""
    if len(slug) <= limit:
        return slug
    cut = slug[:limit]
    if slug[limit] != "-" and "-" in cut:
        cut = cut.rsplit("-", 1)[0]
    return cut.strip("-")


def make_slug(text: str, *, language_code: str) -> str:
    """Return a lowercase ASCII slug (``a-z``, ``0-9``, ``-``) of at most 80 characters.

    The language decides the transliteration; Han or Cyrillic text in another language is
    still spelled out rather than dropped. May return ``""`` (e.g. for punctuation only).
    """
    text = " ".join((text or "").split())
    primary = (language_code or "").lower().split("-", 1)[0]
    if primary == "zh" or _HAN.search(text):
        text = transliterate_chinese(text)
    if primary in {"ru", "uk", "be"} or _CYRILLIC.search(text):
        text = transliterate_russian(text)
    return _cut(_ascii_slug(text), SLUG_LENGTH)


def unique_slug(
    queryset: QuerySet,
    base: str,
    *,
    field: str = "slug",
    reserved: frozenset[str] | set[str] = frozenset(),
    limit: int = SLUG_LENGTH,
) -> str:
    """Return ``base``, or ``base-2``, ``base-3``… : the first not taken in ``queryset``.

    One query: the taken values that start with ``base`` are read at once.
    """
    base = _cut(base, limit) or "item"
    taken = set(queryset.filter(**{f"{field}__startswith": base}).values_list(field, flat=True))
    taken |= set(reserved)
    if base not in taken:
        return base
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = f"{_cut(base, limit - len(suffix))}{suffix}"
        if candidate not in taken:
            return candidate
        number += 1

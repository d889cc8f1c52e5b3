"""Turn text into search terms: the same analysis for what is indexed and what is searched.

HTML is stripped, traditional Chinese becomes simplified (OpenCC ``t2s``), runs of Chinese
characters are segmented into words (jieba), everything is lowercased, Latin words are stemmed
with the English Snowball stemmer and Cyrillic words with the Russian one. A term is made of
letters and digits only, so it can never carry query syntax into a database's full-text parser.

Documents are segmented in jieba's search mode (a long word also yields the dictionary words
inside it); a query is segmented in precise mode and its long words split into those inner
words, so "边境贸易" also finds "边境的贸易".
"""

from __future__ import annotations

import html
import logging
import re
import threading
from collections.abc import Iterator
from functools import lru_cache

import snowballstemmer

MAX_TERM_CHARS = 40
MAX_INDEX_CHARS = 100_000  # of plain text per document: caps the work and the index row
MAX_QUERY_CHARS = 100
MAX_QUERY_TERMS = 8

_CJK = (
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs, extension A, compatibility
    "\U00020000-\U0002ffff"  # extensions B and later
)
# A run of Chinese characters, or a run of other letters and digits (underscore excluded).
TOKEN_RE = re.compile(rf"([{_CJK}]+)|([^\W_{_CJK}]+)")
TAG_RE = re.compile(r"<[^>]*>")
CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")

_lock = threading.Lock()
_english = snowballstemmer.stemmer("english")
_russian = snowballstemmer.stemmer("russian")


@lru_cache(maxsize=1)
def _converter():
    from opencc import OpenCC

    return OpenCC("t2s")


@lru_cache(maxsize=1)
def _jieba():
    """Load jieba and its bundled dictionary once, on first use (about a second)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    with _lock:
        jieba.initialize()
    return jieba


def html_to_text(value: str) -> str:
    """Plain text of sanitised HTML: tags become spaces, entities are decoded."""
    return " ".join(html.unescape(TAG_RE.sub(" ", value)).split())


def to_simplified(run: str) -> str:
    """Simplified form of a run of Chinese characters, of the same length where possible."""
    converted = _converter().convert(run)
    if len(converted) == len(run):
        return converted
    # A phrase conversion changed the length: convert character by character, so positions
    # in the original text still line up (snippets rely on it).
    return "".join(_converter().convert(ch)[:1] or ch for ch in run)


@lru_cache(maxsize=20_000)
def stem(word: str) -> str:
    """Lowercased, stemmed form of one non-Chinese word."""
    word = word.lower()
    if CYRILLIC_RE.search(word):
        return _russian.stemWord(word.replace("ё", "е"))
    if word.isascii() and word.isalpha():
        return _english.stemWord(word)
    return word


def _cjk_words(run: str, *, query: bool) -> Iterator[tuple[int, int, str]]:
    """Words of a run of simplified Chinese as ``(start, end, word)``."""
    jieba = _jieba()
    if not query:
        for word, start, end in jieba.tokenize(run, mode="search"):
            yield start, end, word
        return
    for word, start, _end in jieba.tokenize(run):
        offset = start
        for part in _split_compound(word):
            yield offset, offset + len(part), part
            offset += len(part)


@lru_cache(maxsize=5_000)
def _split_compound(word: str) -> tuple[str, ...]:
    """Split a long word into the fewest dictionary words of 2-3 characters that tile it.

    Search mode indexes exactly those inner words, so the query still finds documents that
    use the parts apart; a word without such a tiling stays whole.
    """
    if len(word) <= 2:
        return (word,)
    freq = _jieba().dt.FREQ
    best: list[tuple[str, ...] | None] = [()] + [None] * len(word)
    for end in range(2, len(word) + 1):
        for size in (2, 3):
            start = end - size
            if start < 0 or best[start] is None or size == len(word):
                continue
            if freq.get(word[start:end]):
                candidate = best[start] + (word[start:end],)
                if best[end] is None or len(candidate) < len(best[end]):
                    best[end] = candidate
    return best[len(word)] or (word,)


def iter_terms(text: str, *, query: bool = False) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, term)`` for the plain ``text``; offsets point into ``text``."""
    for match in TOKEN_RE.finditer(text):
        run, start = match.group(), match.start()
        if match.group(1):
            simplified = to_simplified(run)
            for word_start, word_end, word in _cjk_words(simplified, query=query):
                if len(word) <= MAX_TERM_CHARS:
                    yield start + word_start, start + word_end, word
        elif len(run) <= MAX_TERM_CHARS:
            yield start, match.end(), stem(run)


def analyze(text: str, *, limit: int = MAX_INDEX_CHARS) -> list[str]:
    """Terms of the plain ``text`` (its first ``limit`` characters), in order."""
    return [term for _s, _e, term in iter_terms(text[:limit])]


def parse_query(query: str) -> list[str]:
    """The distinct terms of a visitor's query: at most 8, from its first 100 characters."""
    terms: list[str] = []
    for _s, _e, term in iter_terms(query[:MAX_QUERY_CHARS], query=True):
        if term not in terms:
            terms.append(term)
            if len(terms) == MAX_QUERY_TERMS:
                break
    return terms

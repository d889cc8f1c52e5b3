"""Reads for the public search page: ranked, visible hits with highlighted snippets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from sitecraft.columns.modules import get_module
from sitecraft.content.models import Entry
from sitecraft.content.selectors import LIST_FIELDS
from sitecraft.search.analysis import TOKEN_RE, html_to_text, parse_query, stem
from sitecraft.search.backends import get_backend

SNIPPET_SCAN = 5_000  # characters of an entry's text searched for a match
SNIPPET_BEFORE = 60
SNIPPET_LENGTH = 220
CJK_CHAR_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")


@dataclass
class Hit:
    entry: Entry
    rank: float
    snippet: SafeString


@dataclass
class SearchResults:
    total: int
    hits: list[Hit] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)
    out_of_range: bool = False  # a page past the last


def visible_entries(language_id: int):
    """Entries a visitor may find: public, and readable by everyone (entry and column)."""
    return Entry.objects.public().filter(
        language_id=language_id, read_level=0, column__read_level=0
    )


def search(
    language,
    query: str,
    *,
    module: str = "",
    column_ids: list[int] | None = None,
    page: int = 1,
    per_page: int = 10,
) -> SearchResults:
    """One page of the entries of ``language`` that match ``query``, best first.

    Two queries: the ranked page of ids with the total (the backend), then the page's entries.
    """
    terms = parse_query(query)
    if not terms:  # nothing searchable in the query (punctuation, symbols)
        return SearchResults(total=0, out_of_range=page > 1)
    total, ranked = get_backend().search(
        language.id,
        terms,
        module=module or None,
        column_ids=column_ids,
        visible=visible_entries(language.id),
        offset=(page - 1) * per_page,
        limit=per_page,
    )
    if total is None:
        return SearchResults(total=0, terms=terms, out_of_range=True)
    ids = [entry_id for entry_id, _rank in ranked]
    entries = Entry.objects.filter(pk__in=ids).only(*LIST_FIELDS, "body").in_bulk()
    wanted = set(terms)
    hits = []
    for entry_id, rank in ranked:
        entry = entries.get(entry_id)
        if entry is None:  # deleted between the two queries
            continue
        text = " ".join(filter(None, [entry.summary, html_to_text(entry.body[: SNIPPET_SCAN * 4])]))
        hits.append(
            Hit(
                entry=entry,
                rank=rank,
                snippet=snippet(text[:SNIPPET_SCAN], wanted),
            )
        )
    return SearchResults(total=total, hits=hits, terms=terms)


@lru_cache(maxsize=1)
def _char_map() -> dict[int, str]:
    """Traditional -> simplified, character by character (OpenCC's table): fast and
    length-preserving, which is all highlighting needs."""
    import opencc

    table = {}
    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        source, _tab, targets = line.partition("\t")
        if len(source) == 1 and targets:
            table[ord(source)] = targets.split()[0][:1]
    return table


def match_spans(text: str, terms: set[str]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping ``(start, end)`` of the words of ``text`` that match ``terms``."""
    spans = []
    cjk_terms = [t for t in terms if CJK_CHAR_RE.search(t)]
    if cjk_terms:
        simplified = text.translate(_char_map())
        for term in cjk_terms:
            start = simplified.find(term)
            while start >= 0:
                spans.append((start, start + len(term)))
                start = simplified.find(term, start + len(term))
    for match in TOKEN_RE.finditer(text):
        if match.group(2) and stem(match.group()) in terms:
            spans.append(match.span())
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _marked(text: str, spans: list[tuple[int, int]], offset: int = 0) -> str:
    out, position = [], offset
    for start, end in spans:
        out.append(escape(text[position:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    out.append(escape(text[position:]))
    return "".join(out)


def snippet(text: str, terms: set[str]) -> SafeString:
    """About 220 characters of ``text`` around its first match, escaped, matches marked."""
    spans = match_spans(text, terms)
    start = 0
    if spans and spans[0][0] > SNIPPET_BEFORE:
        start = spans[0][0] - SNIPPET_BEFORE
        space = text.find(" ", start, spans[0][0])
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + SNIPPET_LENGTH)
    if end < len(text):
        space = text.rfind(" ", start + SNIPPET_LENGTH // 2, end)
        end = space if space > 0 else end
    window = [(max(s, start), min(e, end)) for s, e in spans if s < end and e > start]
    body = _marked(text[:end], window, start)
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    # Safe: built by _marked from escaped pieces and our own <mark> tags only.
    return mark_safe(f"{prefix}{body}{suffix}")  # noqa: S308


@dataclass(frozen=True)
class FilterChoices:
    """What the search form offers: the modules and columns a visitor may narrow to."""

    modules: list[tuple[str, str]]  # (key, label), in the order columns come
    columns: list[tuple[int, str]]  # (id, name indented by level)


def list_filter_choices(columns, language_id: int) -> FilterChoices:
    """Public, readable columns of a language whose module has searchable entries, and their
    modules, from the in-memory column tree (no query)."""
    modules: dict[str, str] = {}
    choices = []
    for column in columns:
        module = get_module(column.module)
        if (
            column.language_id != language_id
            or not column.is_public
            or column.read_level > 0
            or not (module.has_entries and module.searchable)
        ):
            continue
        modules.setdefault(module.key, module.label)  # lazy: rendered in the page's language
        choices.append((column.id, "\u2014 " * (column.level - 1) + column.name))
    return FilterChoices(modules=list(modules.items()), columns=choices)

"""The contract every search backend keeps, run against the backend of the suite's database."""

import pytest

from sitecraft.content.models import Entry
from sitecraft.search.backends import get_backend
from sitecraft.search.models import SearchDocument
from tests.factories import make_entry


def _doc(entry, title, terms):
    return SearchDocument(
        entry_id=entry.pk,
        language_id=entry.language_id,
        module=entry.module,
        column_id=entry.column_id,
        title_terms=title,
        terms=f"{title} {terms}".strip(),
    )


@pytest.fixture
def backend(corpus):
    backend = get_backend()
    backend.clear()
    news, products = corpus["news"], corpus["products"]
    entries = {
        "a": make_entry(news, "a"),
        "b": make_entry(news, "b"),
        "c": make_entry(products, "c"),
        "zh": make_entry(corpus["zh_news"], "zh"),
    }
    backend.clear()
    backend.index(
        [
            _doc(entries["a"], "harbor crane", "ship ok"),
            _doc(entries["b"], "report", "harbor crane crane ship a 边境"),
            _doc(entries["c"], "crane", "harbor"),
            _doc(entries["zh"], "边境", "贸易 harbor"),
        ]
    )
    return backend, entries


def _ids(result):
    return [entry_id for entry_id, _rank in result[1]]


def test_every_term_is_required_and_title_hits_rank_first(backend, corpus):
    backend, e = backend
    en = corpus["en"].id
    assert _ids(backend.search(en, ["harbor", "crane"])) == [e["a"].pk, e["c"].pk, e["b"].pk]
    assert _ids(backend.search(en, ["ship", "crane"])) == [e["a"].pk, e["b"].pk]
    assert backend.search(en, ["harbor", "nothing"]) == (0, [])
    total, hits = backend.search(en, ["crane"])
    assert total == 3 and all(isinstance(rank, float) for _id, rank in hits)


def test_short_words_and_stop_words_are_found(backend, corpus):
    backend, e = backend
    assert _ids(backend.search(corpus["en"].id, ["a", "ok"])) == []
    assert _ids(backend.search(corpus["en"].id, ["ok"])) == [e["a"].pk]
    assert _ids(backend.search(corpus["en"].id, ["a"])) == [e["b"].pk]
    assert _ids(backend.search(corpus["en"].id, ["边境"])) == [e["b"].pk]
    assert _ids(backend.search(corpus["zh"].id, ["边境", "贸易"])) == [e["zh"].pk]


def test_language_module_column_and_visibility_filters(backend, corpus):
    backend, e = backend
    en = corpus["en"].id
    assert _ids(backend.search(en, ["crane"], module="product")) == [e["c"].pk]
    assert _ids(backend.search(en, ["crane"], column_ids=[corpus["news"].pk])) == [
        e["a"].pk,
        e["b"].pk,
    ]
    assert backend.search(en, ["crane"], column_ids=[]) == (0, [])
    visible = Entry.objects.filter(pk__in=[e["b"].pk, e["c"].pk])
    assert _ids(backend.search(en, ["crane"], visible=visible)) == [e["c"].pk, e["b"].pk]
    assert backend.search(corpus["ru"].id, ["crane"]) == (0, [])


def test_pages_and_totals(backend, corpus):
    backend, e = backend
    en = corpus["en"].id
    assert backend.search(en, ["crane"], offset=0, limit=2) == (
        3,
        backend.search(en, ["crane"])[1][:2],
    )
    total, hits = backend.search(en, ["crane"], offset=2, limit=2)
    assert total == 3 and _ids((total, hits)) == [e["b"].pk]
    assert backend.search(en, ["crane"], offset=3, limit=2) == (None, [])


def test_index_replaces_remove_forgets_clear_empties(backend, corpus):
    backend, e = backend
    en = corpus["en"].id
    backend.index([_doc(e["a"], "ferry", "")])
    assert _ids(backend.search(en, ["ferry"])) == [e["a"].pk]
    assert e["a"].pk not in _ids(backend.search(en, ["crane"]))
    backend.remove([e["c"].pk])
    assert _ids(backend.search(en, ["crane"])) == [e["b"].pk]
    backend.clear()
    assert backend.search(en, ["crane"]) == (0, []) and not SearchDocument.objects.exists()


@pytest.mark.parametrize(
    "terms",
    [
        ['"', "*", "+", "-", "(", ")", "~", "<", ">", "@"],
        ['crane" OR "ship'],
        ["crane*"],
        ["-crane"],
        ["NEAR(crane ship)"],
        ["crane'; DELETE FROM search_searchdocument; --"],
        ["\x00crane"],
        ["%", "_"],
        [""],
    ],
)
def test_terms_cannot_carry_query_syntax(backend, corpus, terms):
    backend, _e = backend
    total, hits = backend.search(corpus["en"].id, terms)
    assert total in (0, None, len(hits)) or total >= len(hits)
    assert SearchDocument.objects.count() == 4


def test_deleting_an_entry_drops_its_document(backend, corpus):
    backend, e = backend
    e["c"].delete()
    assert _ids(backend.search(corpus["en"].id, ["crane"])) == [e["a"].pk, e["b"].pk]


@pytest.mark.django_db(transaction=True)
def test_committed_documents_are_found(corpus):
    """Outside a test transaction too (MariaDB's FULLTEXT indexes only see committed rows)."""
    backend = get_backend()
    title = corpus["title_hit"]
    total, hits = backend.search(corpus["en"].id, ["invest"])
    assert total == 3 and hits[0][0] == title.pk
    assert backend.search(corpus["en"].id, ["invest", "forum"])[1][0][0] == title.pk

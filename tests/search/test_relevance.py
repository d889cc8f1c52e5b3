"""What a visitor finds, in English, Russian and Chinese."""

import pytest

from sitecraft.demo.content import ENTRIES
from sitecraft.search.selectors import search
from tests.factories import make_entry

SEED = next(spec for spec in ENTRIES if spec["key"] == "seed-visit")


def _titles(language, query, **kwargs):
    return [hit.entry.title for hit in search(language, query, **kwargs).hits]


def test_english_stemming_and_title_first(corpus):
    titles = _titles(corpus["en"], "investing")
    assert titles[0] == "Investment forum opens"  # the title match ranks first
    assert set(titles[1:]) == {"Port news", "Cold storage"}
    assert _titles(corpus["en"], "INVESTS cranes") == ["Port news"]


def test_module_and_column_filters(corpus):
    assert _titles(corpus["en"], "investment", module="product") == ["Cold storage"]
    assert _titles(corpus["en"], "investment", column_ids=[corpus["news"].pk]) == [
        "Investment forum opens",
        "Port news",
    ]


def test_russian_stemming(corpus):
    assert _titles(corpus["ru"], "логистика") == ["Развитие логистики"]
    assert _titles(corpus["ru"], "Логистику") == ["Развитие логистики"]
    assert _titles(corpus["en"], "логистика") == []  # one language at a time


@pytest.fixture
def seed(corpus):
    return make_entry(
        corpus["zh_news"],
        SEED["title"]["zh"],
        summary=SEED["summary"]["zh"],
        body="".join(SEED["body"]["zh"]),
    )


@pytest.mark.parametrize("query", ["吉木乃", "边境", "跨境贸易", "邊境", "貿易", "臨沂綜合保稅區"])
def test_chinese_words_and_traditional_forms_find_the_seed_article(corpus, seed, query):
    assert _titles(corpus["zh"], query) == [seed.title]


def test_snippets_mark_matches_and_escape_the_rest(corpus):
    news = corpus["news"]
    make_entry(news, "Tricky", body="<p>Compare a &lt; b &amp; <b>ship</b> the investment.</p>")
    hit = next(h for h in search(corpus["en"], "invest").hits if h.entry.title == "Tricky")
    assert hit.snippet == "Compare a &lt; b &amp; ship the <mark>investment</mark>."


def test_chinese_snippet_marks_the_traditional_query_in_simplified_text(corpus, seed):
    hit = search(corpus["zh"], "邊境").hits[0]
    assert "<mark>边境</mark>" in hit.snippet


def test_pages(corpus):
    for number in range(25):
        make_entry(corpus["news"], f"Crane {number}")
    first = search(corpus["en"], "crane", per_page=10)
    third = search(corpus["en"], "crane", page=3, per_page=10)
    # 25 new entries and "Port news" (cranes in its body).
    assert first.total == third.total == 26 and len(third.hits) == 6
    assert search(corpus["en"], "crane", page=4, per_page=10).out_of_range

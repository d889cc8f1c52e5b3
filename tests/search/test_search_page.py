"""The public search page: results, filters, pages, bad input, and its query budget."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import make_entry


def test_results_with_snippets_count_and_filters(client, site):
    html = client.get("/en/search/", {"q": "delegations"}).content.decode()
    assert "1 result for" in html
    assert 'href="/en/news/delegation/"' in html
    assert "A <mark>delegation</mark> visited." in html
    assert '<option value="article">' in html and '<option value="product">' in html
    assert '<option value="link">' not in html  # links are not searchable
    assert f'<option value="{site["news"].pk}">News</option>' in html


def test_filters_narrow_and_pages_keep_them(client, site):
    for number in range(12):
        make_entry(site["company"], f"Harbour report {number}")
    make_entry(site["products"], "Harbour crane")
    news = site["news"].pk
    html = client.get("/en/search/", {"q": "harbour", "module": "article"}).content.decode()
    assert "12 results" in html and "Harbour crane" not in html
    assert "?page=2&amp;q=harbour&amp;module=article" in html
    html = client.get("/en/search/", {"q": "harbour", "column": news, "page": 2}).content.decode()
    assert "12 results" in html and len(re.findall(r'class="news-item"', html)) == 2
    assert f'rel="prev" href="?page=1&amp;q=harbour&amp;column={news}"' in html
    html = client.get("/en/search/", {"q": "harbour", "module": "product"}).content.decode()
    assert "1 result for" in html and "Harbour crane" in html


@pytest.mark.parametrize(
    "params",
    [
        {"module": "nope"},
        {"module": "link"},
        {"module": "x" * 5000},
        {"column": "abc"},
        {"column": "999999"},
        {"column": "-1"},
        {"column": "１"},
        {"column": "1" * 40},
    ],
)
def test_unknown_filters_are_400(client, site, params):
    response = client.get("/en/search/", {"q": "news", **params})
    assert response.status_code == 400
    assert "Please choose a module and column from the lists." in response.content.decode()


def test_filter_on_a_hidden_or_members_only_column_is_400(client, site):
    news = site["news"]
    news.read_level = 1
    news.save()
    assert client.get("/en/search/", {"q": "x", "column": news.pk}).status_code == 400


@pytest.mark.parametrize(
    "query",
    [
        '"*+-()~<>@',
        '"unclosed',
        "a*",
        "+delegation -news",
        "delegation)",
        "NEAR(a b)",
        "title:delegation",
        "' OR 1=1 --",
        "1; DROP TABLE search_searchdocument",
        "\\",
        "%_%",
        "🙂🙃 \u202e\u200b ☃",
        "ä" * 100,
        "字" * 100,
        " ".join(["a"] * 50),
        "<mark>x</mark>",
    ],
)
def test_odd_queries_never_fail(client, site, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert "<mark>x</mark>" not in response.content.decode().split("</form>", 1)[1]


@pytest.mark.parametrize("query", ["a" * 101, "x\x00y", "x" * 100_000])
def test_overlong_and_control_character_queries_are_400(client, site, query):
    assert client.get("/en/search/", {"q": query}).status_code == 400


@pytest.mark.parametrize("page", ["0", "abc", "2", "9" * 7])
@pytest.mark.parametrize("query", ["delegation", "no-such-word", "***"])
def test_bad_pages_are_404(client, site, page, query):
    assert client.get("/en/search/", {"q": query, "page": page}).status_code == 404


def test_query_budget_is_fixed(client, site):
    def count(path):
        client.get(path)  # warm the snapshot
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(path).status_code == 200
        return len(ctx.captured_queries)

    path = f"/en/search/?q=delegation&module=article&column={site['news'].pk}"
    before = count(path)
    assert before == 3  # site generation, ranked page with its total, the page's entries
    for _ in range(30):
        make_entry(site["news"], "Delegation follow-up")
    assert count(path) == before
    assert count("/en/search/?q=nothing-matches-this") == 2

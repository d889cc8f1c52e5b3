"""The sitemap index, the per-language sitemaps and the text sitemap: valid, absolute, public only,
paginated, and a fixed number of queries per page."""

from xml.etree import ElementTree

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

from sitecraft.content.models import Entry
from sitecraft.web import sitemaps
from tests.factories import make_column, make_entry

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
BASE = "http://127.0.0.1:8000"


def _body(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def _get(client, path):
    response = client.get(path)
    return response, _body(response)


def _urlset(client, path) -> dict[str, ElementTree.Element]:
    response, body = _get(client, path)
    assert response.status_code == 200, path
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    root = ElementTree.fromstring(body)
    assert root.tag == f"{NS}urlset"
    urls = {}
    for url in root.findall(f"{NS}url"):
        loc = url.find(f"{NS}loc").text
        assert loc not in urls, loc
        urls[loc] = url
    return urls


def _all_locs(client) -> set[str]:
    root = ElementTree.fromstring(_get(client, "/sitemap.xml")[1])
    locs = set()
    for loc in root.iter(f"{NS}loc"):
        locs |= set(_urlset(client, loc.text.removeprefix(BASE)))
    return locs


def _alternates(url) -> dict[str, str]:
    return {
        link.get("hreflang"): link.get("href")
        for link in url.findall(f"{XHTML}link")
        if link.get("rel") == "alternate"
    }


def test_index_lists_one_sitemap_per_language(client, site):
    response, body = _get(client, "/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    root = ElementTree.fromstring(body)
    assert root.tag == f"{NS}sitemapindex"
    locs = [s.find(f"{NS}loc").text for s in root.findall(f"{NS}sitemap")]
    assert locs == [f"{BASE}/sitemap-en.xml", f"{BASE}/sitemap-zh.xml"]


def test_language_sitemap_is_valid_and_absolute(client, site):
    urls = _urlset(client, "/sitemap-en.xml")
    assert f"{BASE}/en/" in urls
    assert f"{BASE}/en/news/" in urls
    assert f"{BASE}/en/news/delegation/" in urls
    assert f"{BASE}/en/company-news/milestone/" in urls
    for loc, url in urls.items():
        assert loc.startswith(f"{BASE}/en/"), loc
        lastmod = url.find(f"{NS}lastmod").text
        assert lastmod[:4].isdigit() and "T" in lastmod and lastmod.endswith("+00:00")
    assert not any("/zh/" in loc for loc in urls)


def test_translations_are_alternates_with_x_default(client, site):
    en = _urlset(client, "/sitemap-en.xml")
    zh = _urlset(client, "/sitemap-zh.xml")
    expected = {
        "en": f"{BASE}/en/news/delegation/",
        "zh-CN": f"{BASE}/zh/news/delegation/",
        "x-default": f"{BASE}/en/news/delegation/",
    }
    assert _alternates(en[f"{BASE}/en/news/delegation/"]) == expected
    assert _alternates(zh[f"{BASE}/zh/news/delegation/"]) == expected
    assert _alternates(en[f"{BASE}/en/news/"])["zh-CN"] == f"{BASE}/zh/news/"
    assert _alternates(zh[f"{BASE}/zh/"]) == {
        "en": f"{BASE}/en/",
        "zh-CN": f"{BASE}/zh/",
        "x-default": f"{BASE}/en/",
    }
    assert _alternates(en[f"{BASE}/en/news/older/"]) == {}  # no translation: no alternates


def test_members_only_translation_is_no_alternate(client, site):
    site["zh_article"].read_level = 1
    site["zh_article"].save()
    en = _urlset(client, "/sitemap-en.xml")
    assert _alternates(en[f"{BASE}/en/news/delegation/"]) == {}
    assert f"{BASE}/zh/news/delegation/" not in _urlset(client, "/sitemap-zh.xml")


def test_no_x_default_without_a_default_language_version(client, site):
    zh_only = make_column(site["zh"], "article", folder="zh-only")
    entry = make_entry(zh_only, slug="only")
    make_entry(site["products"], slug="only-en", translation_key=entry.translation_key)
    zh = _urlset(client, "/sitemap-zh.xml")
    assert _alternates(zh[f"{BASE}/zh/zh-only/only/"])["x-default"].endswith(
        "/en/products/only-en/"
    )
    site["en"].is_active = False
    site["en"].save()
    zh = _urlset(client, "/sitemap-zh.xml")
    assert _alternates(zh[f"{BASE}/zh/zh-only/only/"]) == {}


@override_settings(SITECRAFT_BASE_URL="https://www.example.com", ALLOWED_HOSTS=["*"])
def test_urls_come_from_the_configured_base_not_the_host(client, site):
    host = {"HTTP_HOST": "evil.example.net", "HTTP_X_FORWARDED_HOST": "evil.example.net"}
    response = client.get("/sitemap.xml", **host)
    assert b"evil" not in response.content
    assert b"https://www.example.com/sitemap-en.xml" in response.content
    body = _body(client.get("/sitemap-en.xml", **host))
    root = ElementTree.fromstring(body)
    hrefs = [loc.text for loc in root.iter(f"{NS}loc")]
    hrefs += [link.get("href") for link in root.iter(f"{XHTML}link")]
    assert hrefs and all(href.startswith("https://www.example.com/") for href in hrefs)
    text = _body(client.get("/sitemap.txt", **host)).decode()
    assert all(line.startswith("https://www.example.com/") for line in text.splitlines())


def test_text_sitemap_lists_every_language(client, site):
    response, body = _get(client, "/sitemap.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = body.decode().splitlines()
    assert len(lines) == len(set(lines))
    assert set(lines) == _all_locs(client)


def test_text_sitemap_is_capped(client, site, monkeypatch):
    monkeypatch.setattr(sitemaps, "TEXT_MAX_LINES", 16)
    lines = _get(client, "/sitemap.txt")[1].decode().splitlines()
    assert len(lines) == 16
    assert lines[-1].startswith(f"{BASE}/en/news/")  # entries follow homes and columns


SECRET_SLUGS = ("secret-draft", "hidden-item", "future-plan", "deleted-item")


def test_nothing_private_is_listed(client, site):
    news = site["news"]
    member = make_entry(news, "Member entry", slug="member-entry", read_level=1)
    members = make_column(site["en"], "article", folder="members", read_level=1)
    make_entry(members, "In members column", slug="in-members")
    hidden = make_column(site["en"], "article", folder="hidden-col", is_hidden=True)
    make_entry(hidden, "In hidden column", slug="in-hidden")
    make_column(site["en"], "article", folder="hidden-child", parent=hidden)
    make_column(site["en"], "external", folder="elsewhere", external_url="https://example.org/")
    make_entry(news, "Link out", slug="link-out", external_url="https://example.org/x")
    locs = _all_locs(client)
    text = _get(client, "/sitemap.txt")[1].decode()
    for slug in (*SECRET_SLUGS, member.slug, "members", "in-members", "hidden-col", "in-hidden"):
        assert not any(f"/{slug}/" in loc for loc in locs), slug
        assert f"/{slug}/" not in text
    for path in (
        "/en/hidden-child/",
        "/en/elsewhere/",
        "/en/search/",
        "/en/tags/",
        "/en/links/sco/",
    ):
        assert f"{BASE}{path}" not in locs
        assert f"{BASE}{path}\n" not in text
    assert "example.org" not in text and not any("example.org" in loc for loc in locs)
    assert f"{BASE}/en/links/" in locs  # the friendly links page itself is public


def test_scheduled_entry_is_listed_when_due(client, site):
    from datetime import timedelta

    from django.utils import timezone

    assert f"{BASE}/en/news/future-plan/" not in _all_locs(client)
    Entry.objects.filter(slug="future-plan").update(
        published_at=timezone.now() - timedelta(seconds=1)
    )
    assert f"{BASE}/en/news/future-plan/" in _all_locs(client)


def test_pages_split_at_the_limit(client, site, monkeypatch):
    monkeypatch.setattr(sitemaps, "URLS_PER_SITEMAP", 5)
    root = ElementTree.fromstring(_get(client, "/sitemap.xml")[1])
    locs = [loc.text for loc in root.iter(f"{NS}loc")]
    # en: home + 11 listed columns + 7 entries = 19 URLs -> 4 pages; zh: 3 URLs -> 1 page.
    assert locs == [
        f"{BASE}/sitemap-en.xml",
        f"{BASE}/sitemap-en.xml?p=2",
        f"{BASE}/sitemap-en.xml?p=3",
        f"{BASE}/sitemap-en.xml?p=4",
        f"{BASE}/sitemap-zh.xml",
    ]
    pages = [list(_urlset(client, loc.removeprefix(BASE))) for loc in locs[:4]]
    assert [len(page) for page in pages] == [5, 5, 5, 4]
    everything = [loc for page in pages for loc in page]
    assert len(everything) == len(set(everything)) == 19
    assert everything[0] == f"{BASE}/en/"
    assert pages[2][-3:] == [  # entries follow the columns, by id
        f"{BASE}/en/news/delegation/",
        f"{BASE}/en/news/older/",
        f"{BASE}/en/company-news/milestone/",
    ]
    assert client.get("/sitemap-en.xml?p=5").status_code == 404
    assert client.get("/sitemap-zh.xml?p=2").status_code == 404


def test_a_page_of_only_columns_reads_no_entries(client, site, monkeypatch):
    monkeypatch.setattr(sitemaps, "URLS_PER_SITEMAP", 5)
    assert len(_urlset(client, "/sitemap-en.xml?p=2")) == 5
    assert _count(client, "/sitemap-en.xml?p=2") == 1  # the generation only


@pytest.mark.parametrize(
    "path",
    [
        "/sitemap-xx.xml",
        "/sitemap-EN.xml",
        "/sitemap-.xml",
        "/sitemap-en.xml?p=abc",
        "/sitemap-en.xml?p=0",
        "/sitemap-en.xml?p=-1",
        "/sitemap-en.xml?p=1.5",
        "/sitemap-en.xml?p=%C2%B2",
        "/sitemap-en.xml?p=%00",
        "/sitemap-en.xml?p=" + "1" + "0" * 30,
        "/sitemap-en.xml?p=999999",
        "/sitemap-en.xml?p=",
    ],
)
def test_bad_sitemap_requests_are_404(client, site, path):
    assert client.get(path).status_code == 404


def test_post_is_refused(client, site):
    assert client.post("/sitemap.xml").status_code == 405
    assert client.post("/sitemap-en.xml").status_code == 405


# Queries per sitemap request, snapshot warm: the generation, then
#   index: entry counts per language;
#   language page 1: id range, newest publish time (home lastmod), translations, entries;
#   language page n: id range, translations, entries;
#   text: entries.
QUERY_BUDGETS = {
    "/sitemap.xml": 2,
    "/sitemap-en.xml": 5,
    "/sitemap-en.xml?p=2": 4,
    "/sitemap.txt": 2,
}


def _count(client, path) -> int:
    _get(client, path)  # warm the snapshot
    with CaptureQueriesContext(connection) as ctx:
        response, _ = _get(client, path)
    assert response.status_code == 200, path
    return len(ctx.captured_queries)


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(sitemaps, "URLS_PER_SITEMAP", 15)


@pytest.mark.parametrize("path, budget", QUERY_BUDGETS.items())
def test_sitemap_queries_are_fixed(client, site, small_pages, path, budget):
    assert _count(client, path) == budget


@pytest.mark.parametrize("path", list(QUERY_BUDGETS))
def test_sitemap_queries_do_not_grow_with_entries(client, site, small_pages, path):
    before = _count(client, path)
    zh_news = site["zh_news"]
    for column in (site["news"], site["company"], site["products"]):
        for _ in range(15):
            entry = make_entry(column)
            make_entry(zh_news, translation_key=entry.translation_key)
    assert _count(client, path) == before


def test_many_entries_stream_by_id_range(client, site, monkeypatch):
    """Pages read disjoint id ranges: together they list every entry exactly once."""
    monkeypatch.setattr(sitemaps, "URLS_PER_SITEMAP", 7)
    news = site["news"]
    made = {make_entry(news).slug for _ in range(30)}
    Entry.objects.filter(slug__in=list(made)[:5]).update(status=Entry.Status.DRAFT)
    locs = _all_locs(client)
    public = {e.slug for e in Entry.objects.filter(slug__in=made, status=Entry.Status.PUBLISHED)}
    assert len(public) == 25
    assert {f"{BASE}/en/news/{slug}/" for slug in public} <= locs
    assert len([loc for loc in locs if loc.startswith(f"{BASE}/en/news/entry-")]) == 25


def test_column_in_members_only_column_tree_still_follows_its_own_level(client, site):
    news = site["news"]
    news.read_level = 1
    news.save()
    locs = _all_locs(client)
    assert f"{BASE}/en/news/" not in locs
    assert f"{BASE}/en/news/delegation/" not in locs
    # The child column answers to everyone (its own level is 0), so it and its entries stay.
    assert f"{BASE}/en/company-news/milestone/" in locs

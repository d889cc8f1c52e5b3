"""RSS 2.0 and Atom feeds per language and per column: valid, absolute, public only."""

from datetime import timedelta
from xml.etree import ElementTree

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

from sitecraft.web import feeds
from tests.factories import make_column, make_entry, make_tag

ATOM = "{http://www.w3.org/2005/Atom}"
BASE = "http://127.0.0.1:8000"


def _rss_items(client, path) -> list[ElementTree.Element]:
    response = client.get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    root = ElementTree.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    assert channel.find("link").text.startswith(f"{BASE}/")
    return channel.findall("item")


def _atom_entries(client, path) -> list[ElementTree.Element]:
    response = client.get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    root = ElementTree.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    assert root.find(f"{ATOM}id").text.startswith(f"{BASE}/")
    return root.findall(f"{ATOM}entry")


def _titles_rss(items) -> list[str]:
    return [item.find("title").text for item in items]


def _titles_atom(entries) -> list[str]:
    return [entry.find(f"{ATOM}title").text for entry in entries]


def test_language_rss_lists_newest_public_entries(client, site):
    items = _rss_items(client, "/en/feed/rss.xml")
    titles = _titles_rss(items)
    assert set(titles) == {
        "Zone welcomes delegation",
        "Older news",
        "Company milestone",
        "Bonded warehouse",
        "Investment guide",
        "Port at dusk",
        "Logistics officer",
    }
    assert titles[-1] == "Older news"  # newest first
    item = items[titles.index("Zone welcomes delegation")]
    assert item.find("link").text == f"{BASE}/en/news/delegation/"
    assert item.find("guid").text == f"{BASE}/en/news/delegation/"
    assert item.find("description").text == "A delegation visited."
    assert item.find("pubDate").text.endswith("+0000")
    assert item.find("{http://purl.org/dc/elements/1.1/}creator").text == "admin"
    assert [c.text for c in item.findall("category")] == ["Trade"]
    older = items[titles.index("Older news")]
    assert older.find("description").text == "Body text"  # the body's start, without markup


def test_language_atom_matches(client, site):
    entries = _atom_entries(client, "/en/feed/atom.xml")
    assert set(_titles_atom(entries)) == set(_titles_rss(_rss_items(client, "/en/feed/rss.xml")))
    entry = entries[_titles_atom(entries).index("Zone welcomes delegation")]
    assert entry.find(f"{ATOM}id").text == f"{BASE}/en/news/delegation/"
    assert entry.find(f"{ATOM}link").get("href") == f"{BASE}/en/news/delegation/"
    assert entry.find(f"{ATOM}author/{ATOM}name").text == "admin"
    assert entry.find(f"{ATOM}category").get("term") == "Trade"
    assert entry.find(f"{ATOM}published") is not None


def test_second_language_feed(client, site):
    assert _titles_rss(_rss_items(client, "/zh/feed/rss.xml")) == ["示范区迎来代表团"]
    root = ElementTree.fromstring(client.get("/zh/feed/atom.xml").content)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "zh-CN"


def test_column_feed_includes_subcolumns(client, site):
    titles = _titles_rss(_rss_items(client, "/en/news/feed/rss.xml"))
    assert titles == ["Zone welcomes delegation", "Company milestone", "Older news"]
    atom = _titles_atom(_atom_entries(client, "/en/news/feed/atom.xml"))
    assert atom == titles
    assert _titles_rss(_rss_items(client, "/en/company-news/feed/rss.xml")) == ["Company milestone"]


def test_feed_holds_the_newest_twenty(client, site):
    products = site["products"]
    for n in range(25):
        make_entry(products, f"Product {n:02d}", ago=timedelta(minutes=59 - n))
    titles = _titles_rss(_rss_items(client, "/en/products/feed/rss.xml"))
    assert len(titles) == feeds.FEED_LENGTH == 20
    assert titles[0] == "Product 24" and titles[-1] == "Product 05"
    assert len(_atom_entries(client, "/en/feed/atom.xml")) == 20


def test_nothing_private_is_in_a_feed(client, site):
    news = site["news"]
    make_entry(news, "Member entry", slug="member-entry", read_level=1)
    members = make_column(site["en"], "article", folder="members", read_level=1)
    make_entry(members, "In members column", slug="in-members")
    sub = make_column(site["en"], "article", folder="members-sub", parent=news, read_level=1)
    make_entry(sub, "In members subcolumn", slug="in-members-sub")
    hidden = make_column(site["en"], "article", folder="hidden-col", is_hidden=True)
    make_entry(hidden, "In hidden column", slug="in-hidden")
    make_entry(news, "Link out", slug="link-out", external_url="https://example.org/x")
    secrets = (
        "Secret draft", "Hidden item", "Future plan", "Deleted item", "Member entry",
        "In members column", "In members subcolumn", "In hidden column", "Link out",
        "SCO Secretariat",
    )  # fmt: skip
    for path in (
        "/en/feed/rss.xml",
        "/en/feed/atom.xml",
        "/en/news/feed/rss.xml",
        "/en/news/feed/atom.xml",
    ):
        body = client.get(path).content.decode()
        for title in secrets:
            assert title not in body, (path, title)
        assert "example.org" not in body
    for path in ("/en/members/feed/rss.xml", "/en/hidden-col/feed/atom.xml"):
        assert client.get(path).status_code == 404


@override_settings(SITECRAFT_BASE_URL="https://www.example.com", ALLOWED_HOSTS=["*"])
def test_feed_urls_come_from_the_configured_base(client, site):
    body = client.get("/en/feed/atom.xml", HTTP_HOST="evil.example.net").content.decode()
    assert "evil" not in body
    assert "https://www.example.com/en/news/delegation/" in body
    assert 'href="https://www.example.com/en/feed/atom.xml" rel="self"' in body


def test_control_characters_do_not_break_a_feed(client, site):
    entry = make_entry(site["news"], "Bell\x07 title", summary="Tab\tand \x0bvertical")
    entry.tags.add(make_tag(site["en"], "Odd\x08tag"))
    for path in ("/en/feed/rss.xml", "/en/news/feed/atom.xml"):
        response = client.get(path)
        assert response.status_code == 200
        assert "Bell title" in response.content.decode()
        ElementTree.fromstring(response.content)


def test_pages_announce_their_feeds(client, site):
    html = client.get("/en/").content.decode()
    assert (
        '<link rel="alternate" type="application/rss+xml" title="Site en" '
        f'href="{BASE}/en/feed/rss.xml">'
    ) in html
    assert "/en/news/feed/rss.xml" not in html
    for path in ("/en/news/", "/en/news/delegation/"):
        html = client.get(path).content.decode()
        assert f'title="News - Site en" href="{BASE}/en/news/feed/rss.xml"' in html
        assert f'href="{BASE}/en/feed/rss.xml"' in html
    for path in ("/en/about/", "/en/links/", "/en/tags/"):
        assert "/feed/rss.xml" in (html := client.get(path).content.decode())
        assert html.count("application/rss+xml") == 1, path


@pytest.mark.parametrize(
    "path",
    [
        "/xx/feed/rss.xml",
        "/en/feed/json.xml",
        "/en/feed/rss.xml/",
        "/en/feed/",
        "/en/no-such-column/feed/rss.xml",
        "/en/about/feed/rss.xml",  # a module without entries
        "/en/links/feed/atom.xml",  # entries without pages of their own
        "/en/search/feed/rss.xml",
        "/en/tags/feed/rss.xml",
        "/en/sitemap/feed/rss.xml",
        "/en/NEWS/feed/rss.xml",
        "/en/%00/feed/rss.xml",
        "/en/" + "n" * 300 + "/feed/rss.xml",
    ],
)
def test_bad_feed_requests_are_404(client, site, path):
    # Paths without a trailing slash may first be redirected to one (APPEND_SLASH).
    assert client.get(path, follow=True).status_code == 404


def test_entry_named_feed_keeps_its_page(client, site):
    make_entry(site["news"], "About feeds", slug="feed")
    response = client.get("/en/news/feed/")
    assert response.status_code == 200
    assert "About feeds" in response.content.decode()


def test_post_to_a_feed_is_refused(client, site):
    assert client.post("/en/feed/rss.xml").status_code == 405


@pytest.mark.parametrize("path", ["/en/feed/rss.xml", "/en/news/feed/atom.xml"])
def test_feed_queries_are_fixed(client, site, path):
    def count() -> int:
        client.get(path)
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(path).status_code == 200
        return len(ctx.captured_queries)

    # The generation, the entries, their tags.
    assert count() == 3
    tag = site["tag"]
    for column in (site["news"], site["company"]):
        for n in range(15):
            entry = make_entry(column)
            entry.tags.add(tag, make_tag(column.language, f"Extra {column.pk} {n}"))
    assert count() == 3

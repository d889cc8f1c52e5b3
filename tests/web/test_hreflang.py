"""hreflang alternates on every public page, reciprocal across languages; canonical URLs and
rel prev/next on list pages."""

import re
from collections import deque
from html import unescape
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree

import pytest

from sitecraft.demo.loader import load_demo
from tests.factories import make_column, make_entry

BASE = "http://127.0.0.1:8000"
ALTERNATE_RE = re.compile(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">')
LANG_RE = re.compile(r'<html lang="([^"]+)"')
HREF_RE = re.compile(r'<a [^>]*href="([^"]+)"')
TAG_PAGE_RE = re.compile(r"^/[^/]+/tags/[^/]+/$")


def _head(client, path) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode().split("</head>", 1)[0]


def _alternates(html: str) -> list[tuple[str, str]]:
    return [(lang, unescape(href)) for lang, href in ALTERNATE_RE.findall(html)]


def _link(html: str, rel: str) -> str | None:
    match = re.search(rf'<link rel="{rel}" href="([^"]+)">', html)
    return unescape(match.group(1)) if match else None


def test_home_lists_every_language_and_x_default(client, site):
    expected = [("en", f"{BASE}/en/"), ("zh-CN", f"{BASE}/zh/"), ("x-default", f"{BASE}/en/")]
    assert _alternates(_head(client, "/en/")) == expected
    assert _alternates(_head(client, "/zh/")) == expected


def test_entry_lists_its_public_translations(client, site):
    expected = [
        ("en", f"{BASE}/en/news/delegation/"),
        ("zh-CN", f"{BASE}/zh/news/delegation/"),
        ("x-default", f"{BASE}/en/news/delegation/"),
    ]
    assert _alternates(_head(client, "/en/news/delegation/")) == expected
    assert _alternates(_head(client, "/zh/news/delegation/")) == expected
    assert _alternates(_head(client, "/en/news/older/")) == [
        ("en", f"{BASE}/en/news/older/"),
        ("x-default", f"{BASE}/en/news/older/"),
    ]


@pytest.mark.parametrize(
    "change",
    [{"read_level": 1}, {"status": "draft"}, {"external_url": "https://example.org/"}],
)
def test_entry_translation_that_is_not_public_is_not_an_alternate(client, site, change):
    zh = site["zh_article"]
    for field, value in change.items():
        setattr(zh, field, value)
    zh.save()
    html = _head(client, "/en/news/delegation/")
    assert "/zh/" not in "".join(href for _, href in _alternates(html))


def test_column_lists_public_translations(client, site):
    expected = [
        ("en", f"{BASE}/en/news/"),
        ("zh-CN", f"{BASE}/zh/news/"),
        ("x-default", f"{BASE}/en/news/"),
    ]
    assert _alternates(_head(client, "/en/news/")) == expected
    assert _alternates(_head(client, "/zh/news/")) == expected
    zh_news = site["zh_news"]
    zh_news.read_level = 1
    zh_news.save()
    assert [lang for lang, _ in _alternates(_head(client, "/en/news/"))] == ["en", "x-default"]


def test_no_x_default_without_the_default_languages_version(client, site):
    zh_only = make_column(site["zh"], "article", folder="zh-only")
    make_entry(zh_only, slug="only")
    assert _alternates(_head(client, "/zh/zh-only/")) == [("zh-CN", f"{BASE}/zh/zh-only/")]
    assert _alternates(_head(client, "/zh/zh-only/only/")) == [
        ("zh-CN", f"{BASE}/zh/zh-only/only/")
    ]


def test_tag_index_lists_every_language(client, site):
    assert _alternates(_head(client, "/zh/tags/")) == [
        ("en", f"{BASE}/en/tags/"),
        ("zh-CN", f"{BASE}/zh/tags/"),
        ("x-default", f"{BASE}/en/tags/"),
    ]


def test_later_list_pages_have_no_alternates(client, site):
    assert _alternates(_head(client, "/en/news/?page=2")) == []


# -- canonical and rel prev/next ---------------------------------------------------------------


@pytest.mark.parametrize("path", ["/en/news/", "/en/news/?page=1"])
def test_first_list_page_is_canonical_without_page_1(client, site, path):
    html = _head(client, path)
    assert _link(html, "canonical") == f"{BASE}/en/news/"
    assert _link(html, "prev") is None
    assert _link(html, "next") == f"{BASE}/en/news/?page=2"
    assert "page=1" not in html


def test_second_list_page_points_back_to_the_clean_url(client, site):
    html = _head(client, "/en/news/?page=2")
    assert _link(html, "canonical") == f"{BASE}/en/news/?page=2"
    assert _link(html, "prev") == f"{BASE}/en/news/"
    assert _link(html, "next") is None


def test_middle_page_has_both_neighbours(client, site):
    for _ in range(3):
        make_entry(site["news"])
    html = _head(client, "/en/news/?page=2")
    assert _link(html, "prev") == f"{BASE}/en/news/"
    assert _link(html, "next") == f"{BASE}/en/news/?page=3"


def test_tag_page_canonical_and_pages(client, site):
    for _ in range(12):
        make_entry(site["news"]).tags.add(site["tag"])
    html = _head(client, "/en/tags/trade/?page=1")
    assert _link(html, "canonical") == f"{BASE}/en/tags/trade/"
    assert _link(html, "next") == f"{BASE}/en/tags/trade/?page=2"
    html = _head(client, "/en/tags/trade/?page=2")
    assert _link(html, "canonical") == f"{BASE}/en/tags/trade/?page=2"
    assert _link(html, "prev") == f"{BASE}/en/tags/trade/"


def test_search_pages_keep_the_query(client, site):
    for _ in range(11):
        make_entry(site["news"], "Delegation report")
    html = _head(client, "/en/search/?q=delegation")
    assert _link(html, "next") == f"{BASE}/en/search/?q=delegation&page=2"
    html = _head(client, "/en/search/?q=delegation&page=2")
    assert _link(html, "prev") == f"{BASE}/en/search/?q=delegation"


@pytest.mark.parametrize(
    "page", ["%C2%B2", "%D9%A1", "%EF%BC%91"]
)  # ², Arabic-Indic and full-width 1
@pytest.mark.parametrize("path", ["/en/news/", "/en/tags/trade/", "/en/search/?q=news&"])
def test_non_ascii_page_numbers_are_404(client, site, path, page):
    separator = "" if path.endswith("&") else "?"
    assert client.get(f"{path}{separator}page={page}").status_code == 404


@pytest.mark.parametrize("path", ["/en/", "/en/about/", "/en/news/delegation/", "/en/tags/"])
def test_single_pages_are_canonical(client, site, path):
    assert _link(_head(client, path), "canonical") == f"{BASE}{path}"


# -- the demo site, crawled ------------------------------------------------------------------

SKIP_PREFIXES = ("/static/", "/media/", "/admin/")
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _sitemap_alternates(client) -> dict[str, dict[str, str]]:
    """Every URL of the sitemaps (as a path) with its hreflang alternates."""
    listed = {}
    index = ElementTree.fromstring(client.get("/sitemap.xml").content)
    for loc in index.iter(f"{SITEMAP_NS}loc"):
        response = client.get(loc.text.removeprefix(BASE))
        root = ElementTree.fromstring(b"".join(response.streaming_content))
        for url in root.findall(f"{SITEMAP_NS}url"):
            path = url.find(f"{SITEMAP_NS}loc").text.removeprefix(BASE)
            listed[path] = {
                link.get("hreflang"): link.get("href")
                for link in url.findall("{http://www.w3.org/1999/xhtml}link")
            }
    return listed


def _crawl(client, start: list[str]) -> dict[str, str]:
    """Follow every same-site link from ``start``; return the HTML of each page by path."""
    pages: dict[str, str] = {}
    seen, queue = set(start), deque(start)
    while queue:
        path = queue.popleft()
        response = client.get(path)
        if response.status_code in (301, 302):
            targets = [response["Location"]]
        elif response.status_code == 200 and response["Content-Type"].startswith("text/html"):
            html = response.content.decode()
            pages[path] = html
            targets = [unescape(href) for href in HREF_RE.findall(html)]
            targets += [href for _, href in _alternates(html)]
        else:
            continue
        for target in targets:
            url = urljoin(f"{BASE}{path}", target)
            if not url.startswith(f"{BASE}/"):
                continue
            parts = urlsplit(url)
            found = parts.path + (f"?{parts.query}" if parts.query else "")
            if (
                found not in seen
                and not parts.path.startswith(SKIP_PREFIXES)
                and "/search/" not in parts.path
            ):
                seen.add(found)
                queue.append(found)
    return pages


def test_demo_site_hreflang_is_reciprocal(client, db):
    assert load_demo() is True
    listed = _sitemap_alternates(client)
    pages = _crawl(client, ["/", *listed])
    assert len(pages) > 30
    assert set(listed) <= set(pages)  # every URL a sitemap lists is a public page
    sets: dict[str, dict[str, str]] = {}
    for path, html in pages.items():
        lang = LANG_RE.search(html).group(1)
        alternates = _alternates(html)
        if not alternates:
            continue
        versions = dict(alternates)
        assert len(versions) == len(alternates), path  # each hreflang once
        canonical = _link(html, "canonical")
        assert canonical == f"{BASE}{path.removesuffix('?page=1')}", path
        assert versions.get(lang) == canonical, path  # lists itself, by its canonical URL
        sets[path] = versions
    # Home, column (first page) and entry pages and the tag index all carry alternates; only
    # later list pages and the pages of single tags (no translations) have none.
    for path in pages:
        if "?" not in path and not TAG_PAGE_RE.match(path):
            assert path in sets, path
    checked = 0
    for path, versions in sets.items():
        lang = LANG_RE.search(pages[path]).group(1)
        for other_lang, href in versions.items():
            if other_lang == "x-default":
                continue
            other_path = href.removeprefix(BASE)
            assert other_path in sets, (path, href)  # the other page exists and has alternates
            other_html = pages[other_path]
            assert LANG_RE.search(other_html).group(1) == other_lang, (path, href)
            assert sets[other_path].get(lang) == versions[lang], (path, href)
            assert sets[other_path] == versions, (path, href)  # the same set everywhere
            checked += 1
    assert checked > len(sets)  # the demo has translations, so pages list others too
    # The sitemaps say the same as the pages (they leave out pages without translations).
    for path, versions in listed.items():
        assert versions == (sets[path] if len(sets[path]) > 2 else {}), path

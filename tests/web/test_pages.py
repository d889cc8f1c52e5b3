"""Every page type renders, with the right content, language and meta data."""

import re

import pytest


def _html(response) -> str:
    return response.content.decode()


def test_root_redirects_to_default_language(client, site):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_home_shows_recommended_latest_and_links(client, site):
    response = client.get("/en/")
    html = _html(response)
    assert response.status_code == 200
    assert '<html lang="en"' in html
    assert "Zone welcomes delegation" in html
    assert "Bonded warehouse" in html
    assert "SCO Secretariat" in html
    assert "Powered by" in html and "Sitecraft" in html
    assert 'href="/zh/"' in html  # language switcher


def test_second_language_home_has_its_lang(client, site):
    html = _html(client.get("/zh/"))
    assert '<html lang="zh-CN"' in html
    assert "示范区迎来代表团" in html
    assert "Zone welcomes delegation" not in html


@pytest.mark.parametrize(
    "path, text",
    [
        ("/en/about/", "We are a zone."),
        ("/en/news/", "Zone welcomes delegation"),
        ("/en/company-news/", "Company milestone"),
        ("/en/products/", "Bonded warehouse"),
        ("/en/downloads/", "Investment guide"),
        ("/en/gallery/", "Port at dusk"),
        ("/en/jobs/", "Logistics officer"),
        ("/en/links/", "SCO Secretariat"),
        ("/en/guestbook/", "Leave a note."),
        ("/en/inquiry/", "Ask us."),
        ("/en/sitemap/", "Products"),
        ("/en/tags/", "Trade"),
        ("/en/tags/trade/", "Zone welcomes delegation"),
        ("/en/search/?q=delegation", "Zone welcomes delegation"),
        ("/en/products/bonded-warehouse/", "Bonded warehouse"),
        ("/en/downloads/investment-guide/", "Investment guide"),
        ("/en/gallery/port-at-dusk/", "Port at dusk"),
        ("/en/jobs/logistics-officer/", "Qingdao"),
    ],
)
def test_module_pages_render(client, site, path, text):
    response = client.get(path)
    assert response.status_code == 200, path
    assert text in _html(response)


def test_parent_list_includes_child_column_entries(client, site):
    html = _html(client.get("/en/news/?page=2"))
    assert "Company milestone" in html or "Older news" in html


def test_article_page_shows_everything_the_seed_page_shows(client, site):
    html = _html(client.get("/en/news/delegation/"))
    article = site["article"]
    assert '<h1 class="entry-title">Zone welcomes delegation</h1>' in html
    stamp = article.published_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    from django.utils import timezone

    stamp = timezone.localtime(article.published_at).strftime("%Y-%m-%d %H:%M:%S")
    assert re.search(rf"<time[^>]*>{stamp}</time>", html)
    assert '<span class="author">admin</span>' in html
    assert "source: Xinhua" in html
    assert "Share:" in html
    assert "<p>Body text</p>" in html
    assert 'href="/en/tags/trade/"' in html
    assert "Older news" in html  # next in the column
    assert 'hreflang="zh-CN" href="http://127.0.0.1:8000/zh/news/delegation/"' in html
    assert 'href="/zh/news/delegation/"' in html  # switcher goes to the translation
    assert "Home</a>" in html and 'href="/en/news/"' in html  # breadcrumb


def test_switcher_falls_back_to_home_without_translation(client, site):
    html = _html(client.get("/en/news/older/"))
    assert 'href="/zh/news/"' in html  # nearest translated column, not a 404


def test_external_link_entry_redirects(client, site):
    response = client.get("/en/links/sco/")
    assert response.status_code == 404  # link entries have no page of their own


def test_sitemap_index_and_robots(client, site):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    body = _html(response)
    assert "<loc>http://127.0.0.1:8000/sitemap-en.xml</loc>" in body
    assert "<loc>http://127.0.0.1:8000/sitemap-zh.xml</loc>" in body
    en = b"".join(client.get("/sitemap-en.xml").streaming_content).decode()
    zh = b"".join(client.get("/sitemap-zh.xml").streaming_content).decode()
    assert "<loc>http://127.0.0.1:8000/en/news/delegation/</loc>" in en
    assert "<loc>http://127.0.0.1:8000/zh/news/delegation/</loc>" in zh
    robots = client.get("/robots.txt")
    assert robots.status_code == 200
    assert "Sitemap: http://127.0.0.1:8000/sitemap.xml" in _html(robots)
    assert "Disallow: /admin/" in _html(robots)


def test_sitemap_index_is_well_formed_xml(client, site):
    from xml.etree import ElementTree

    root = ElementTree.fromstring(client.get("/sitemap.xml").content)
    assert root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"


def test_404_page_is_real_and_in_the_visitors_language(client, site):
    response = client.get("/zh/no-such-column/")
    assert response.status_code == 404
    html = _html(response)
    assert '<html lang="zh-CN"' in html
    assert "Powered by" in html


def test_security_headers_on_public_pages(client, site):
    response = client.get("/en/")
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert "Vary" not in response or "Accept-Language" not in response["Vary"]
    assert "Set-Cookie" not in response


def test_pagination_links_and_canonical(client, site):
    html = _html(client.get("/en/news/"))
    assert 'rel="next"' in html
    assert '<link rel="canonical" href="http://127.0.0.1:8000/en/news/">' in html
    html2 = _html(client.get("/en/news/?page=2"))
    assert '<link rel="canonical" href="http://127.0.0.1:8000/en/news/?page=2">' in html2

"""Titles, keywords and descriptions inherit site -> column -> entry."""

import re

from sitecraft.web.seo import build_meta


def _meta(html, name):
    match = re.search(rf'<meta name="{name}" content="([^"]*)">', html)
    return match.group(1) if match else None


def _title(html):
    return re.search(r"<title>(.*?)</title>", html).group(1)


def test_home_uses_site_values(client, site):
    html = client.get("/en/").content.decode()
    assert _title(html) == "Site en title"
    assert _meta(html, "keywords") == "site-en-keywords"
    assert _meta(html, "description") == "Site en description"


def test_column_overrides_site(client, site):
    html = client.get("/en/news/").content.decode()
    assert _title(html) == "News - Site en"
    assert _meta(html, "keywords") == "news-keywords"
    assert _meta(html, "description") == "News description"


def test_column_without_values_inherits_site(client, site):
    html = client.get("/en/products/").content.decode()
    assert _meta(html, "keywords") == "site-en-keywords"
    assert _meta(html, "description") == "Site en description"


def test_entry_overrides_column_and_falls_back(client, site):
    html = client.get("/en/news/delegation/").content.decode()
    assert _title(html) == "Zone welcomes delegation - News - Site en"
    assert _meta(html, "keywords") == "delegation-keywords"
    assert _meta(html, "description") == "A delegation visited."
    html = client.get("/en/news/older/").content.decode()
    assert _meta(html, "keywords") == "news-keywords"  # inherited from the column
    assert _meta(html, "description") == "Body text"  # from the body when no summary


def test_custom_seo_title_wins(client, site):
    article = site["article"]
    article.seo_title = "A custom <title>"
    article.save()
    html = client.get("/en/news/delegation/").content.decode()
    assert _title(html) == "A custom &lt;title&gt;"


def test_build_meta_escapes_nothing_itself_and_truncates():
    class Site:
        site_name, seo_title, seo_keywords, seo_description = "S", "", "k", "d"

    class Entry:
        title, seo_title, seo_keywords, seo_description = "T", "", "", ""
        summary, body = "", "<p>" + "word " * 100 + "</p>"

    meta = build_meta(Site(), entry=Entry())
    assert meta.title == "T - S"
    assert len(meta.description) <= 200
    assert "<p>" not in meta.description

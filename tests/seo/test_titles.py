"""Title patterns per language: placeholders only, plain replacement, SEO titles still win."""

import pytest
from django.core.exceptions import ValidationError

from sitecraft.sites.models import DEFAULT_TITLE_PATTERN, SiteSettings, validate_title_pattern
from sitecraft.web.seo import build_meta, render_title
from tests.seo.helpers import page, title


@pytest.mark.parametrize(
    "pattern, values, expected",
    [
        (DEFAULT_TITLE_PATTERN, {"page": "P", "column": "C", "site": "S"}, "P - C - S"),
        (DEFAULT_TITLE_PATTERN, {"column": "C", "site": "S"}, "C - S"),
        (DEFAULT_TITLE_PATTERN, {"page": "P", "site": "S"}, "P - S"),
        (DEFAULT_TITLE_PATTERN, {"site": "S"}, "S"),
        ("{site} | {page}", {"page": "P", "site": "S"}, "S | P"),
        ("{site} | {page}", {"site": "S"}, "S"),
        ("【{site}】{page}", {"page": "P", "site": "S"}, "【S】P"),
        ("{page} — {site}", {"page": "P", "column": "C", "site": "S"}, "P — S"),
        ("", {"page": "P", "column": "C", "site": "S"}, "P - C - S"),
    ],
)
def test_render_title(pattern, values, expected):
    assert render_title(pattern, **values) == expected


def test_user_text_is_never_formatted():
    # Values are inserted as they are: braces in titles are not placeholders, and nothing
    # reaches str.format (which could read attributes: "{site.__class__}").
    tricky = "{site} {0} {page.__class__} %s"
    assert render_title(DEFAULT_TITLE_PATTERN, page=tricky, column="C", site="S") == (
        f"{tricky} - C - S"
    )


@pytest.mark.parametrize(
    "pattern",
    ["{page} {0}", "{site.__class__}", "{title} - {site}", "{page", "page}", "{{site}}", "x" * 201],
)
def test_bad_patterns_are_refused(pattern):
    with pytest.raises(ValidationError):
        validate_title_pattern(pattern)


@pytest.mark.parametrize("pattern", [DEFAULT_TITLE_PATTERN, "{site}", "{page} · {site}", "x" * 200])
def test_good_patterns_pass(pattern):
    validate_title_pattern(pattern)


def test_bad_pattern_refused_by_full_clean(site):
    settings = SiteSettings.objects.get(language=site["en"])
    settings.title_pattern = "{page} {site.__init__}"
    with pytest.raises(ValidationError) as info:
        settings.full_clean()
    assert "title_pattern" in info.value.message_dict


def test_default_pattern_keeps_todays_titles(client, site):
    assert title(page(client, "/en/news/")) == "News - Site en"
    assert title(page(client, "/en/news/delegation/")) == (
        "Zone welcomes delegation - News - Site en"
    )
    assert title(page(client, "/en/news/?page=2")) == "Page 2 - News - Site en"
    assert title(page(client, "/en/")) == "Site en title"


def test_pattern_is_per_language(client, site):
    SiteSettings.objects.filter(language=site["zh"]).update(title_pattern="{site}：{page}")
    zh = SiteSettings.objects.get(language=site["zh"])
    zh.save()  # bump the generation like an admin edit
    assert title(page(client, "/zh/news/delegation/")) == "Site zh：示范区迎来代表团"
    assert title(page(client, "/zh/news/")) == "Site zh"  # no {column}: the column is left out
    assert title(page(client, "/en/news/delegation/")) == (
        "Zone welcomes delegation - News - Site en"
    )


def test_entry_seo_title_still_overrides_the_pattern(client, site):
    SiteSettings.objects.filter(language=site["en"]).update(title_pattern="{site} / {page}")
    article = site["article"]
    article.seo_title = "Hand-written title"
    article.save()
    assert title(page(client, "/en/news/delegation/")) == "Hand-written title"
    assert title(page(client, "/en/news/older/")) == "Site en / Older news"


def test_keywords_and_description_still_inherit(site):
    settings = SiteSettings.objects.get(language=site["en"])
    meta = build_meta(settings, column=site["news"], entry=site["older"])
    assert meta.keywords == "news-keywords"
    assert meta.description == "Body text"
    meta = build_meta(settings, column=site["products"])
    assert (meta.keywords, meta.description) == ("site-en-keywords", "Site en description")

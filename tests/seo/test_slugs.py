"""Slugs from titles: pinyin for Chinese, a GOST-like table for Russian, slugify otherwise."""

import pytest

from sitecraft.columns.models import Column
from sitecraft.content.models import Entry
from sitecraft.content.slugs import SLUG_LENGTH, make_slug, unique_slug
from tests.factories import make_entry


@pytest.mark.parametrize(
    "text, code, expected",
    [
        ("示范区迎来代表团", "zh", "shi-fan-qu-ying-lai-dai-biao-tuan"),
        ("上合 SCO 2024 年会！", "zh-hant", "shang-he-sco-2024-nian-hui"),
        ("Привет, мир", "ru", "privet-mir"),
        ("Щука и ёж", "ru", "shhuka-i-yozh"),
        ("Цена: хорошая", "ru", "czena-xoroshaya"),
        ("Объявление", "ru", "obyavlenie"),
        ("Zone welcomes delegation!", "en", "zone-welcomes-delegation"),
        ("Über Straße café_bar", "de", "uber-strasse-cafe-bar"),
        ("新闻 in English", "en", "xin-wen-in-english"),  # Han text is spelled, not dropped
        ("!!!", "en", ""),
        ("", "zh", ""),
    ],
)
def test_make_slug(text, code, expected):
    assert make_slug(text, language_code=code) == expected


def test_slugs_are_short_and_ascii():
    slug = make_slug("长" * 200, language_code="zh")
    assert len(slug) <= SLUG_LENGTH and not slug.endswith("-")
    slug = make_slug("word " * 40, language_code="en")
    assert len(slug) <= SLUG_LENGTH and slug.endswith("word")
    assert make_slug("a" * 100, language_code="en") == "a" * SLUG_LENGTH
    assert make_slug("<script>alert(1)</script>", language_code="en") == "script-alert-1-script"


def test_unique_slug(site):
    news = site["news"]
    siblings = Entry.objects.filter(column=news)
    assert unique_slug(siblings, "fresh") == "fresh"
    assert unique_slug(siblings, "delegation") == "delegation-2"
    make_entry(news, slug="delegation-2")
    assert unique_slug(siblings, "delegation") == "delegation-3"
    long_base = "x" * SLUG_LENGTH
    make_entry(news, slug=long_base)
    assert unique_slug(siblings, long_base) == "x" * (SLUG_LENGTH - 2) + "-2"


def test_entry_clean_fills_an_empty_slug(site):
    entry = Entry(column=site["zh_news"], language=site["zh"], title="示范区迎来代表团")
    entry.clean()
    assert entry.slug == "shi-fan-qu-ying-lai-dai-biao-tuan"
    entry.save()
    twin = Entry(column=site["zh_news"], language=site["zh"], title="示范区迎来代表团")
    twin.clean()
    assert twin.slug == "shi-fan-qu-ying-lai-dai-biao-tuan-2"
    kept = Entry(column=site["news"], language=site["en"], title="Other", slug="my-own")
    kept.clean()
    assert kept.slug == "my-own"
    nothing = Entry(column=site["news"], language=site["en"], title="???")
    nothing.clean()
    assert nothing.slug == "entry"


def test_column_clean_fills_an_empty_folder(site):
    column = Column(language=site["zh"], module="article", name="公司新闻")
    column.clean()
    assert column.folder == "gong-si-xin-wen"
    taken = Column(language=site["en"], module="article", name="News")
    taken.clean()
    assert taken.folder == "news-2"
    reserved = Column(language=site["en"], module="article", name="Feed")
    reserved.clean()
    assert reserved.folder == "feed-2"
    tags = Column(language=site["en"], module="article", name="Tags")
    tags.clean()
    assert tags.folder == "tags-2"
    russian = Column(language=site["en"], module="article", name="Новости")
    russian.clean()
    assert russian.folder == "novosti"
    russian.full_clean()

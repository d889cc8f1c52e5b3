"""The demo site: loads once, renders every page, and carries the seed article verbatim."""

import html
import re
from pathlib import Path

import pytest

from sitecraft.content.models import Entry
from sitecraft.demo.loader import load_demo

SEED = (Path(__file__).parent / "seed_article.txt").read_text(encoding="utf-8")
SEED_LINES = [line for line in SEED.splitlines() if line.strip()]
SEED_TITLE = SEED_LINES[0]
SEED_PARAGRAPHS = SEED_LINES[2:5]


@pytest.fixture
def demo(db):
    assert load_demo() is True
    return Entry.objects.get(language__code="en", title=SEED_TITLE)


def _text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def test_demo_does_not_load_over_content(demo):
    count = Entry.objects.count()
    assert load_demo() is False
    assert Entry.objects.count() == count


def test_seed_article_page_matches_the_seed(client, demo):
    response = client.get(f"/en/{demo.column.folder}/{demo.slug}/")
    assert response.status_code == 200
    page = response.content.decode()
    title = re.search(r'<h1 class="entry-title">(.*?)</h1>', page, re.S).group(1)
    assert _text(title) == SEED_TITLE
    meta = re.search(r'<p class="entry-meta">(.*?)</p>', page, re.S).group(1)
    meta_text = " ".join(_text(meta).split())
    assert meta_text.startswith("2021-05-25 17:01:06 admin source: Share:")
    body = re.search(r'<div class="prose entry-body">(.*?)</div>', page, re.S).group(1)
    paragraphs = [_text(p) for p in re.findall(r"<p>(.*?)</p>", body, re.S)]
    assert paragraphs == SEED_PARAGRAPHS
    assert "Powered by" in page and "Sitecraft" in page


def test_seed_article_has_its_chinese_translation_linked_both_ways(client, demo):
    zh = Entry.objects.get(language__code="zh", translation_key=demo.translation_key)
    en_url = f"/en/{demo.column.folder}/{demo.slug}/"
    zh_url = f"/zh/{zh.column.folder}/{zh.slug}/"
    en_page = client.get(en_url).content.decode()
    zh_page = client.get(zh_url).content.decode()
    assert f'hreflang="zh-CN" href="http://127.0.0.1:8000{zh_url}"' in en_page
    assert f'hreflang="en" href="http://127.0.0.1:8000{en_url}"' in zh_page
    assert f'href="{zh_url}"' in en_page and f'href="{en_url}"' in zh_page
    assert '<html lang="zh-CN"' in zh_page
    assert "吉木乃" in zh_page
    assert "2021-05-25 17:01:06" in zh_page


def test_every_demo_page_renders(client, demo):
    from sitecraft.columns.models import Column

    paths = ["/", "/robots.txt", "/sitemap.xml"]
    for column in Column.objects.select_related("language"):
        paths.append(f"/{column.language.code}/")
        if column.module != "external":
            paths.append(f"/{column.language.code}/{column.folder}/")
    for entry in (
        Entry.objects.public().filter(external_url="").select_related("column", "language")
    ):
        if entry.module != "link":
            paths.append(f"/{entry.language.code}/{entry.column.folder}/{entry.slug}/")
    for path in sorted(set(paths)):
        response = client.get(path)
        assert response.status_code in (200, 302), path


def test_demo_hides_its_draft_and_scheduled_news(client, demo):
    hidden = Entry.objects.filter(language__code="en").exclude(
        status="published"
    ) | Entry.objects.filter(
        language__code="en", published_at__gt=demo.published_at.replace(year=2029)
    )
    assert hidden.count() >= 2
    news = (
        client.get(f"/en/{demo.column.folder}/").content.decode()
        + client.get("/en/").content.decode()
    )
    for entry in hidden:
        assert html.escape(entry.title) not in news
        assert client.get(f"/en/{entry.column.folder}/{entry.slug}/").status_code == 404

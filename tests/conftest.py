import os
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.utils import timezone

from sitecraft.content.hits import record_hit
from sitecraft.content.models import Entry
from sitecraft.web.pagecache import PageCache, TokenStore, refresh_token
from sitecraft.web.snapshot import clear_snapshot
from tests.factories import make_column, make_entry, make_language, make_tag


@pytest.fixture(autouse=True)
def _no_background_hit_flush(monkeypatch):
    """Buffered view counts flush every few seconds; keep that out of pinned query budgets."""
    from sitecraft.content import hits

    monkeypatch.setattr(hits, "FLUSH_INTERVAL", float("inf"))
    hits._pending.clear()


@pytest.fixture(autouse=True)
def _fresh_snapshot():
    """Each test sees its own database: never reuse another test's in-memory snapshot."""
    clear_snapshot()
    yield
    clear_snapshot()


def pytest_sessionfinish(session, exitstatus):
    """In CI, a skipped test is a failed run: every test must run on every database."""
    if os.environ.get("SITECRAFT_NO_SKIPS") != "1":
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = len(reporter.stats.get("skipped", [])) if reporter else 0
    if skipped and session.exitstatus == 0:
        session.exitstatus = 1
        print(f"\n{skipped} test(s) skipped: CI requires every test to run.")


@pytest.fixture
def site(db):
    """A two-language site with a column of every module and a few entries."""
    en = make_language("en")
    zh = make_language("zh", default=False, html_lang="zh-CN", ui_locale="zh-hans", name="简体中文")
    about = make_column(en, "about", folder="about", name="About us", body="<p>We are a zone.</p>")
    news = make_column(
        en,
        "article",
        folder="news",
        name="News",
        seo_keywords="news-keywords",
        seo_description="News description",
        per_page=2,
    )
    company = make_column(en, "article", folder="company-news", name="Company news", parent=news)
    products = make_column(en, "product", folder="products", name="Products")
    downloads = make_column(en, "download", folder="downloads", name="Downloads")
    gallery = make_column(en, "image", folder="gallery", name="Gallery")
    jobs = make_column(en, "job", folder="jobs", name="Jobs")
    links = make_column(en, "link", folder="links", name="Links")
    make_column(en, "message", folder="guestbook", name="Guestbook", body="<p>Leave a note.</p>")
    make_column(en, "feedback", folder="inquiry", name="Inquiry", body="<p>Ask us.</p>")
    make_column(en, "sitemap", folder="sitemap", name="Site map", nav="footer")
    make_column(en, "search", folder="search", name="Search", nav="none")
    make_column(en, "tag", folder="tags", name="Tags", nav="none")
    zh_news = make_column(
        zh, "article", folder="news", name="新闻", translation_key=news.translation_key
    )

    article = make_entry(
        news,
        "Zone welcomes delegation",
        slug="delegation",
        summary="A delegation visited.",
        author="admin",
        source="Xinhua",
        seo_keywords="delegation-keywords",
        is_recommended=True,
    )
    older = make_entry(news, "Older news", slug="older", ago=timedelta(days=3))
    make_entry(company, "Company milestone", slug="milestone", ago=timedelta(days=2))
    zh_article = make_entry(
        zh_news,
        "示范区迎来代表团",
        slug="delegation",
        translation_key=article.translation_key,
        body="<p>上合示范区迎来代表团考察交流。</p>",
    )
    tag = make_tag(en, "Trade")
    article.tags.add(tag)
    older.tags.add(tag)
    product = make_entry(products, "Bonded warehouse", slug="bonded-warehouse")
    download = make_entry(downloads, "Investment guide", slug="investment-guide")
    photo = make_entry(gallery, "Port at dusk", slug="port-at-dusk")
    job = make_entry(
        jobs,
        "Logistics officer",
        slug="logistics-officer",
        job_location="Qingdao",
        job_openings=2,
        job_salary="Negotiable",
    )
    link = make_entry(links, "SCO Secretariat", slug="sco", external_url="https://eng.sectsco.org/")
    # Entries that must never be public.
    draft = make_entry(news, "Secret draft", slug="secret-draft", status=Entry.Status.DRAFT)
    hidden = make_entry(news, "Hidden item", slug="hidden-item", status=Entry.Status.HIDDEN)
    scheduled = make_entry(
        news, "Future plan", slug="future-plan", published_at=timezone.now() + timedelta(days=5)
    )
    deleted = make_entry(news, "Deleted item", slug="deleted-item", deleted_at=timezone.now())
    for secret in (draft, hidden, scheduled, deleted):
        secret.tags.add(tag)
    return {
        "en": en,
        "zh": zh,
        "about": about,
        "news": news,
        "company": company,
        "products": products,
        "downloads": downloads,
        "gallery": gallery,
        "jobs": jobs,
        "links": links,
        "article": article,
        "older": older,
        "zh_article": zh_article,
        "zh_news": zh_news,
        "tag": tag,
        "product": product,
        "download": download,
        "photo": photo,
        "job": job,
        "link": link,
        "secrets": [draft, hidden, scheduled, deleted],
    }


@pytest.fixture(autouse=True)
def _keep_test_connection():
    """Like Django's test client: do not close the test's connection at request boundaries."""
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def store(tmp_path, settings):
    """A token store shared by the 'processes' of a test (Redis in CI, else a file)."""
    from sitecraft.web import pagecache

    if os.environ.get("REDIS_URL"):
        import redis

        client = redis.Redis.from_url(os.environ["REDIS_URL"])
        token_store = TokenStore(redis=client, key=f"test:{uuid.uuid4().hex}:token")
    else:
        token_store = TokenStore(path=Path(tmp_path) / "page-token")
    previous = pagecache._store
    pagecache._store = token_store
    yield token_store
    pagecache._store = previous


@pytest.fixture
def make_process(store):
    """Build a 'process': its own Django handler and local tier, the shared token store."""
    shared = None
    prefix = f"test:{uuid.uuid4().hex}:page:"
    if os.environ.get("REDIS_URL"):
        import redis

        shared = redis.Redis.from_url(os.environ["REDIS_URL"])

    def build():
        return PageCache(
            WSGIHandler(), store=store, shared=shared, prefix=prefix,
            bypass_prefixes=("/admin/", "/media/", "/static/"),
            cookie_names=("sessionid", "csrftoken"), refresh=refresh_token, count_hit=record_hit,
        )  # fmt: skip

    return build

"""View counts are buffered: counted once per view, written in batches, never per view."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sitecraft.content import hits
from sitecraft.content.models import Entry
from tests.wsgi import ARTICLE, call


def test_views_are_counted_in_memory_and_flushed_in_one_update(client, site):
    article = site["article"]
    before = Entry.objects.get(pk=article.pk).hits
    for _ in range(5):
        assert client.get(ARTICLE).status_code == 200
    assert hits.pending_hits() == {article.pk: 5}
    assert Entry.objects.get(pk=article.pk).hits == before  # nothing written per view
    with CaptureQueriesContext(connection) as ctx:
        assert hits.flush_hits() == 1
    assert len(ctx.captured_queries) == 1
    assert Entry.objects.get(pk=article.pk).hits == before + 5
    assert hits.pending_hits() == {}


def test_flush_is_triggered_by_time(client, site, monkeypatch):
    monkeypatch.setattr(hits, "FLUSH_INTERVAL", 0.0)
    before = Entry.objects.get(pk=site["article"].pk).hits
    client.get(ARTICLE)
    assert Entry.objects.get(pk=site["article"].pk).hits == before + 1


def test_counting_does_not_invalidate_cached_pages(client, site, make_process):
    app = make_process()
    call(app, ARTICLE)
    hits.flush_hits()
    assert call(app, ARTICLE)[1]["X-Cache"] == "hit"


def test_cached_views_are_counted_once_each(site, make_process):
    app = make_process()
    for _ in range(4):
        status, headers, _ = call(app, ARTICLE)
        assert hits.HEADER not in headers  # the marker never leaves the server
    assert hits.pending_hits() == {site["article"].pk: 4}


@pytest.mark.parametrize("path", ["/en/news/", "/en/"])
def test_lists_count_nothing(client, site, path):
    client.get(path)
    assert hits.pending_hits() == {}

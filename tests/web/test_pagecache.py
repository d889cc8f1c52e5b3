"""The page cache in front of Django: hits, invalidation across processes, bypasses, 304s."""

import os
import time
from datetime import timedelta

from django.utils import timezone

from sitecraft.web.pagecache import PageCache, TokenStore, normalise_query
from tests.factories import make_entry
from tests.wsgi import ARTICLE, call


def test_miss_then_hit_with_same_bytes(site, make_process):
    app = make_process()
    status, headers, first = call(app, ARTICLE)
    assert status == 200 and headers["X-Cache"] == "miss"
    status, headers, second = call(app, ARTICLE)
    assert status == 200 and headers["X-Cache"] == "hit"
    assert first == second
    assert "Zone welcomes delegation" in second
    assert headers["Cache-Control"].startswith("public")
    assert headers["ETag"] and headers["Last-Modified"]
    assert headers["Content-Security-Policy"]  # security headers are cached with the page


def test_an_edit_shows_on_the_next_request_in_every_process(
    site, make_process, django_capture_on_commit_callbacks
):
    one, two = make_process(), make_process()
    for app in (one, two):
        call(app, ARTICLE)
        assert call(app, ARTICLE)[1]["X-Cache"] == "hit"
    article = site["article"]
    with django_capture_on_commit_callbacks(execute=True):
        article.title = "Delegation signs agreement"
        article.save()
    for app in (one, two):
        status, headers, body = call(app, ARTICLE)
        assert "Delegation signs agreement" in body
        assert headers["X-Cache"] == "miss" or (app is two and os.environ.get("REDIS_URL"))
    # Lists and home pages are invalidated too.
    assert "Delegation signs agreement" in call(one, "/en/")[2]
    assert "Delegation signs agreement" in call(two, "/en/news/")[2]


def test_unpublish_and_settings_change_invalidate(
    site, make_process, django_capture_on_commit_callbacks
):
    app = make_process()
    assert call(app, ARTICLE)[0] == 200
    with django_capture_on_commit_callbacks(execute=True):
        site["article"].status = "hidden"
        site["article"].save()
    assert call(app, ARTICLE)[0] == 404
    call(app, "/en/")
    settings_row = site["en"].settings
    with django_capture_on_commit_callbacks(execute=True):
        settings_row.site_name = "Renamed Zone Portal"
        settings_row.save()
    assert "Renamed Zone Portal" in call(app, "/en/")[2]


def test_scheduled_entry_appears_on_time(site, make_process, django_capture_on_commit_callbacks):
    app = make_process()
    with django_capture_on_commit_callbacks(execute=True):
        make_entry(
            site["news"],
            "Timed announcement",
            slug="timed",
            published_at=timezone.now() + timedelta(seconds=1.5),
        )
    assert "Timed announcement" not in call(app, "/en/news/")[2]
    assert call(app, "/en/news/")[1]["X-Cache"] == "hit"
    time.sleep(1.6)
    status, headers, body = call(app, "/en/news/")
    assert "Timed announcement" in body
    assert call(app, "/en/news/timed/")[0] == 200


def test_signed_in_visitors_bypass_the_cache(site, make_process):
    app = make_process()
    call(app, ARTICLE)
    status, headers, _ = call(app, ARTICLE, cookie="sessionid=abc")
    assert status == 200 and "X-Cache" not in headers
    status, headers, _ = call(app, ARTICLE, headers={"Authorization": "Basic eDp5"})
    assert "X-Cache" not in headers


def test_other_methods_and_admin_bypass(site, make_process):
    app = make_process()
    assert "X-Cache" not in call(app, ARTICLE, method="POST")[1]
    assert "X-Cache" not in call(app, "/admin/login/")[1]


def test_conditional_get_and_head(site, make_process):
    app = make_process()
    etag = call(app, ARTICLE)[1]["ETag"]
    status, headers, body = call(app, ARTICLE, headers={"If-None-Match": etag})
    assert status == 304 and body == ""
    status, headers, body = call(app, ARTICLE, headers={"If-None-Match": '"other"'})
    assert status == 200 and body
    status, headers, body = call(app, ARTICLE, method="HEAD")
    assert status == 200 and body == ""


def test_errors_are_not_cached(site, make_process):
    app = make_process()
    call(app, "/en/no-such-column/")
    assert "X-Cache" not in call(app, "/en/no-such-column/")[1]
    assert call(app, "/en/news/", query="page=abc")[0] == 404


def test_query_normalisation(site, make_process):
    app = make_process()
    call(app, "/en/news/", query="page=2")
    assert call(app, "/en/news/", query="page=2&utm_source=mail")[1]["X-Cache"] == "hit"
    assert call(app, "/en/news/", query="page=1")[1]["X-Cache"] == "miss"
    assert normalise_query("b=2&a=1&fbclid=x") == "a=1&b=2"


def test_shared_tier_serves_a_new_process(site, make_process):
    first, second = make_process(), make_process()
    call(first, ARTICLE)
    state = call(second, ARTICLE)[1]["X-Cache"]
    # With Redis (CI) the second process finds the page in the shared tier.
    assert state == ("hit" if os.environ.get("REDIS_URL") else "miss")


def test_pages_that_set_cookies_are_never_stored():
    def app(environ, start_response):
        start_response("200 OK", [("Content-Type", "text/html"), ("Set-Cookie", "csrftoken=x")])
        return [b"<p>form</p>"]

    store = TokenStore(path=None)
    store.read = lambda: ("1", float("inf"))
    cache = PageCache(app, store=store)
    call(cache, "/en/form/")
    assert "X-Cache" not in call(cache, "/en/form/")[1]

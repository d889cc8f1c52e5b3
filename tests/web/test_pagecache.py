"""The page cache in front of Django: hits, invalidation across processes, bypasses, 304s."""

import io
import os
import time
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.utils import timezone

from sitecraft.web.pagecache import PageCache, TokenStore, normalise_query, refresh_token
from tests.factories import make_entry


def call(app, path, *, method="GET", query="", cookie="", headers=None):
    environ = {
        "REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": query, "SCRIPT_NAME": "",
        "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "8000", "HTTP_HOST": "127.0.0.1",
        "SERVER_PROTOCOL": "HTTP/1.1", "wsgi.input": io.BytesIO(b""), "wsgi.url_scheme": "http",
        "wsgi.errors": io.StringIO(), "wsgi.multithread": False, "wsgi.multiprocess": True,
        "wsgi.run_once": False, "wsgi.version": (1, 0),
    }  # fmt: skip
    if cookie:
        environ["HTTP_COOKIE"] = cookie
    for name, value in (headers or {}).items():
        environ["HTTP_" + name.upper().replace("-", "_")] = value
    captured = {}

    def start_response(status, response_headers, exc_info=None):
        captured["status"], captured["headers"] = status, dict(response_headers)

    body = b"".join(app(environ, start_response))
    return int(captured["status"].split()[0]), captured["headers"], body.decode()


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
            cookie_names=("sessionid", "csrftoken"), refresh=refresh_token,
        )  # fmt: skip

    return build


ARTICLE = "/en/news/delegation/"


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

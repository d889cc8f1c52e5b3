"""Bad input gets a 4xx, never a 500."""

import pytest


@pytest.mark.parametrize(
    "path",
    [
        "/en/news/?page=abc",
        "/en/news/?page=-1",
        "/en/news/?page=0",
        "/en/news/?page=" + "1" + "0" * 30,
        "/en/news/?page=99999",
        "/en/news/?page=1.5",
        "/en/news/?page=%00",
        "/en/news/?page=%E2%82%AC",
        "/xx/",
        "/xx/news/",
        "/en/no-such-column/",
        "/en/no-such-column/some-entry/",
        "/en/news/" + "a" * 400 + "/",
        "/en/" + "b" * 300 + "/",
        "/en/news/%00/",
        "/en/%00/",
        "/en/news/abc%00def/",
        "/en/tags/%00/",
        "/en/tags/" + "t" * 300 + "/",
        "/en/NEWS/",
        "/en/news/..%2F..%2Fetc%2Fpasswd/",
        "/media/../settings.py",
        "/media/%2e%2e/%2e%2e/etc/passwd",
        "/media/nothing-here.jpg",
        "/en/about/?page=2",
        "/en/search/?q=x&page=abc",
        "/en/news/%F0%9F%98%80/",
        "/en/news/%ff%fe/",
    ],
)
def test_bad_paths_are_4xx(client, site, path):
    response = client.get(path)
    assert 400 <= response.status_code < 500, (path, response.status_code)


@pytest.mark.parametrize(
    "query",
    ["a" * 101, "abc\x00def", "\x01\x02", "x" * 5000],
)
def test_bad_search_queries_are_400(client, site, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 400
    assert "at most 100 characters" in response.content.decode()


def test_odd_search_queries_are_fine(client, site):
    for query in [
        "%",
        "_",
        "'; DROP TABLE content_entry; --",
        "<script>alert(1)</script>",
        "示范区",
    ]:
        response = client.get("/en/search/", {"q": query})
        assert response.status_code == 200
        assert "<script>alert(1)</script>" not in response.content.decode()


def test_post_to_public_page_is_refused(client, site):
    assert client.post("/en/news/").status_code in (403, 405)


def test_head_requests_work(client, site):
    assert client.head("/en/news/").status_code == 200

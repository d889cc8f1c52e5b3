"""Language choice on the bare root only, own domains, and right-to-left languages."""

import pytest

from tests.factories import make_column, make_entry, make_language
from tests.wsgi import call


@pytest.mark.parametrize(
    "accept, target",
    [
        ("zh-CN,zh;q=0.9,en;q=0.8", "/zh/"),
        ("zh-TW", "/zh/"),  # the same base language
        ("en-GB,en;q=0.9", "/en/"),
        ("fr-FR,de;q=0.5", "/en/"),  # nothing matches: the default
        ("", "/en/"),
        ("x" * 5000, "/en/"),  # junk never breaks the root
        ("zh;q=abc, ;;, en", "/en/"),
    ],
)
def test_bare_root_follows_the_browser_language(client, site, accept, target):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == target
    assert "Accept-Language" in response["Vary"]
    assert "private" in response["Cache-Control"]


def test_deep_links_are_never_redirected_by_browser_language(client, site):
    response = client.get("/en/news/delegation/", HTTP_ACCEPT_LANGUAGE="zh-CN")
    assert response.status_code == 200
    assert "Accept-Language" not in response.get("Vary", "")


def test_own_domain_chooses_the_language(client, site, settings):
    settings.ALLOWED_HOSTS = ["127.0.0.1", "testserver", "cn.example.com"]
    zh = site["zh"]
    zh.domain = "cn.example.com"
    zh.save()
    response = client.get("/", HTTP_HOST="cn.example.com", HTTP_ACCEPT_LANGUAGE="en")
    assert response["Location"] == "/zh/"


def test_root_redirect_is_not_stored_by_the_page_cache(site, make_process):
    app = make_process()
    status, headers, _ = call(app, "/", headers={"Accept-Language": "zh-CN"})
    assert status == 302 and headers["Location"] == "/zh/"
    status, headers, _ = call(app, "/", headers={"Accept-Language": "en"})
    assert headers["Location"] == "/en/"
    assert "X-Cache" not in headers or headers["X-Cache"] != "hit"


def test_right_to_left_language_renders_rtl(client, db):
    make_language("en")
    arabic = make_language("ar", default=False, name="العربية")
    arabic.text_direction = "rtl"
    arabic.save()
    news = make_column(arabic, "article", folder="news", name="الأخبار")
    make_entry(news, "وفد يزور منطقة التعاون", slug="visit", body="<p>زار وفد المنطقة.</p>")
    home = client.get("/ar/").content.decode()
    assert '<html lang="ar" dir="rtl">' in home
    page = client.get("/ar/news/visit/").content.decode()
    assert '<html lang="ar" dir="rtl">' in page
    assert "وفد يزور منطقة التعاون" in page
    assert "<p>زار وفد المنطقة.</p>" in page

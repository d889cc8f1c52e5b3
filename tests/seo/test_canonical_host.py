"""Optional 301s to https and to the www or bare host, built from configuration only."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from sitecraft.redirects.middleware import CanonicalHostMiddleware
from sitecraft.sites.models import Language

HOSTS = ["example.com", "www.example.com", "cn.example.com", "www.cn.example.com", "evil.test"]


@pytest.fixture
def mw(settings):
    settings.ALLOWED_HOSTS = HOSTS
    settings.SITECRAFT_BASE_URL = "https://example.com"
    return CanonicalHostMiddleware(lambda request: HttpResponse("page"))


def call(mw, host, path="/en/news/?page=2", secure=False):
    request = RequestFactory().get(path, HTTP_HOST=host, secure=secure)
    return mw(request)


def test_off_by_default(mw, settings):
    settings.SITECRAFT_FORCE_HTTPS = False
    settings.SITECRAFT_WWW_REDIRECT = ""
    assert call(mw, "www.example.com").status_code == 200


@pytest.mark.django_db
def test_force_https(mw, settings):
    settings.SITECRAFT_FORCE_HTTPS = True
    settings.SITECRAFT_WWW_REDIRECT = ""
    response = call(mw, "example.com")
    assert response.status_code == 301
    assert response["Location"] == "https://example.com/en/news/?page=2"
    assert call(mw, "example.com", secure=True).status_code == 200
    assert call(mw, "www.example.com")["Location"] == "https://www.example.com/en/news/?page=2"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "mode, host, secure, location",
    [
        ("www", "example.com", True, "https://www.example.com/en/news/?page=2"),
        ("www", "www.example.com", True, None),
        ("bare", "www.example.com", True, "https://example.com/en/news/?page=2"),
        ("bare", "example.com", True, None),
        ("bare", "www.example.com", False, "https://example.com/en/news/?page=2"),
    ],
)
def test_www_modes(mw, settings, mode, host, secure, location):
    settings.SITECRAFT_FORCE_HTTPS = True
    settings.SITECRAFT_WWW_REDIRECT = mode
    response = call(mw, host, secure=secure)
    if location is None:
        assert response.status_code == 200
    else:
        assert (response.status_code, response["Location"]) == (301, location)


@pytest.mark.django_db
def test_a_foreign_host_is_never_a_target(mw, settings):
    settings.SITECRAFT_FORCE_HTTPS = True
    settings.SITECRAFT_WWW_REDIRECT = "www"
    assert call(mw, "evil.test").status_code == 200  # not ours: left to ALLOWED_HOSTS
    response = call(mw, "example.com", path="//evil.test/x")
    assert response["Location"].startswith("https://www.example.com/")


def test_disallowed_host_is_left_to_django(mw, settings):
    settings.SITECRAFT_FORCE_HTTPS = True
    assert call(mw, "not-allowed.test").status_code == 200


def test_www_mode_without_https_keeps_the_scheme(mw, settings):
    settings.SITECRAFT_FORCE_HTTPS = False
    settings.SITECRAFT_WWW_REDIRECT = "www"
    assert call(mw, "example.com")["Location"] == "http://www.example.com/en/news/?page=2"


@pytest.mark.django_db
def test_language_domains_are_configured_hosts(mw, settings):
    Language.objects.create(
        code="zh", name="zh", native_name="zh", html_lang="zh", domain="cn.example.com"
    )
    settings.SITECRAFT_FORCE_HTTPS = True
    settings.SITECRAFT_WWW_REDIRECT = "bare"
    response = call(mw, "www.cn.example.com", path="/zh/")
    assert response["Location"] == "https://cn.example.com/zh/"
    assert call(mw, "cn.example.com", path="/zh/", secure=True).status_code == 200


def test_base_url_port_is_kept(mw, settings):
    settings.SITECRAFT_BASE_URL = "https://example.com:8443"
    settings.SITECRAFT_FORCE_HTTPS = True
    settings.SITECRAFT_WWW_REDIRECT = ""
    assert call(mw, "example.com", path="/")["Location"] == "https://example.com:8443/"


@pytest.mark.django_db
def test_through_the_whole_stack(client, site, settings):
    settings.MIDDLEWARE = [
        "django.middleware.security.SecurityMiddleware",
        "sitecraft.redirects.middleware.CanonicalHostMiddleware",
        *[m for m in settings.MIDDLEWARE if m != "django.middleware.security.SecurityMiddleware"],
    ]
    settings.ALLOWED_HOSTS = HOSTS
    settings.SITECRAFT_BASE_URL = "https://example.com"
    settings.SITECRAFT_FORCE_HTTPS = True
    settings.SITECRAFT_WWW_REDIRECT = "bare"
    response = client.get("/en/news/", HTTP_HOST="www.example.com")
    assert (response.status_code, response["Location"]) == (301, "https://example.com/en/news/")
    assert client.get("/en/news/", HTTP_HOST="example.com", secure=True).status_code == 200

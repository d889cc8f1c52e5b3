"""A custom 404 text per language, and an editable robots.txt."""

from sitecraft.sites.models import ROBOTS_MAX_BYTES, SiteSettings

SITEMAP = "Sitemap: http://127.0.0.1:8000/sitemap.xml"


def _settings(site, code="en"):
    return SiteSettings.objects.get(language=site[code])


def test_custom_404_text_per_language(client, site):
    zh = _settings(site, "zh")
    zh.not_found_html = '<p>页面不存在。<a href="/zh/">首页</a></p><script>alert(1)</script>'
    zh.save()
    assert "<script>" not in zh.not_found_html  # sanitised on save
    response = client.get("/zh/no-such-column/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "页面不存在。" in html and 'href="/zh/"' in html and "alert(1)" not in html
    english = client.get("/en/no-such-column/").content.decode()
    assert "页面不存在" not in english
    assert "does not exist or has moved" in english


def test_not_found_html_sanitised_on_every_save(site):
    en = _settings(site, "en")
    en.not_found_html = '<img src="x" onerror="alert(1)"><a href="javascript:alert(1)">x</a>'
    en.save()
    en.refresh_from_db()
    assert "onerror" not in en.not_found_html and "javascript:" not in en.not_found_html


def test_default_robots_when_empty(client, site):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body and SITEMAP in body


def test_custom_robots_gets_the_sitemap_line(client, site):
    en = _settings(site)
    en.robots_txt = "User-agent: *\r\nDisallow: /private/\x00\x07\r\n"
    en.save()
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == f"User-agent: *\nDisallow: /private/\n{SITEMAP}\n"


def test_custom_robots_keeps_its_own_sitemap_line(client, site):
    en = _settings(site)
    en.robots_txt = f"User-agent: *\nAllow: /\n{SITEMAP}"
    en.save()
    assert client.get("/robots.txt").content.decode().count("Sitemap:") == 1


def test_only_the_default_languages_robots_counts(client, site):
    zh = _settings(site, "zh")
    zh.robots_txt = "User-agent: *\nDisallow: /"
    zh.save()
    assert "Disallow: /\n" not in client.get("/robots.txt").content.decode()


def test_robots_is_capped_at_10_kb(client, site):
    en = _settings(site)
    en.robots_txt = "# 注释\n" * 5000
    en.save()
    assert len(en.robots_txt.encode()) <= ROBOTS_MAX_BYTES
    body = client.get("/robots.txt").content.decode()
    assert body.endswith(f"{SITEMAP}\n")


def test_settings_fields_are_in_the_admin(client, site):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_superuser("boss", "boss@example.com", "pw")
    client.force_login(user)
    html = client.get(f"/admin/sites/language/{site['en'].pk}/change/").content.decode()
    for name in ("title_pattern", "not_found_html", "robots_txt"):
        assert f"settings-0-{name}" in html

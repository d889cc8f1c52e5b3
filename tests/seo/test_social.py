"""Open Graph, Twitter cards and JSON-LD in the head of public pages."""

import json
from datetime import date

from django.core.files.base import ContentFile

from sitecraft.sites.models import SiteSettings
from sitecraft.web.seo import json_script_data
from tests.factories import make_entry
from tests.seo.helpers import json_ld, ld_of_type, og, page, twitter_card

BASE = "http://127.0.0.1:8000"
BREAKOUT = "</script><script>alert(1)</script>"


def test_home_has_open_graph_and_organization(client, site):
    settings = SiteSettings.objects.get(language=site["en"])
    settings.email, settings.phone, settings.address = "info@example.com", "+86 1", "Qingdao"
    settings.save()
    html = page(client, "/en/")
    assert og(html, "title") == "Site en title"
    assert og(html, "description") == "Site en description"
    assert og(html, "url") == f"{BASE}/en/"
    assert og(html, "type") == "website"
    assert og(html, "site_name") == "Site en"
    assert og(html, "locale") == "en"
    assert twitter_card(html) == "summary"
    org = ld_of_type(html, "Organization")
    assert org["@context"] == "https://schema.org"
    assert org["name"] == "Site en"
    assert org["url"] == f"{BASE}/"
    assert (org["email"], org["telephone"], org["address"]) == (
        "info@example.com",
        "+86 1",
        "Qingdao",
    )


def test_locale_uses_an_underscore(client, site):
    assert og(page(client, "/zh/"), "locale") == "zh_CN"


def test_logo_is_absolute_in_organization(client, site, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    site_settings = SiteSettings.objects.get(language=site["en"])
    site_settings.logo.save("logo.png", ContentFile(b"png"), save=True)
    html = page(client, "/en/")
    logo = ld_of_type(html, "Organization")["logo"]
    assert logo.startswith(f"{BASE}/media/site/logo")
    assert og(html, "image") == logo
    assert twitter_card(html) == "summary"  # a logo is not a large picture of the page


def test_column_page_has_breadcrumbs(client, site):
    html = page(client, "/en/company-news/")
    crumbs = ld_of_type(html, "BreadcrumbList")["itemListElement"]
    assert [c["position"] for c in crumbs] == [1, 2, 3]
    assert [c["item"] for c in crumbs] == [
        f"{BASE}/en/",
        f"{BASE}/en/news/",
        f"{BASE}/en/company-news/",
    ]
    assert crumbs[-1]["name"] == "Company news"
    assert og(html, "url") == f"{BASE}/en/company-news/"


def test_article_is_a_news_article(client, site, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    article = site["article"]
    article.cover.save("cover.jpg", ContentFile(b"jpg"), save=True)
    html = page(client, "/en/news/delegation/")
    item = ld_of_type(html, "NewsArticle")
    assert item["headline"] == "Zone welcomes delegation"
    assert item["datePublished"].startswith(article.published_at.date().isoformat()[:4])
    assert "dateModified" in item
    assert item["author"] == {"@type": "Person", "name": "admin"}
    assert item["image"] == [f"{BASE}/media/{article.cover.name}"]
    assert item["mainEntityOfPage"] == f"{BASE}/en/news/delegation/"
    assert item["publisher"]["name"] == "Site en"
    assert og(html, "type") == "article"
    assert og(html, "image") == f"{BASE}/media/{article.cover.name}"
    assert og(html, "url") == f"{BASE}/en/news/delegation/"
    assert og(html, "description") == "A delegation visited."
    assert twitter_card(html) == "summary_large_image"
    crumbs = ld_of_type(html, "BreadcrumbList")["itemListElement"]
    assert crumbs[-1] == {
        "@type": "ListItem",
        "position": 3,
        "name": "Zone welcomes delegation",
        "item": f"{BASE}/en/news/delegation/",
    }


def test_article_without_author_is_by_the_site(client, site):
    item = ld_of_type(page(client, "/en/news/older/"), "NewsArticle")
    assert item["author"] == {"@type": "Organization", "name": "Site en"}
    assert "image" not in item


def test_product(client, site):
    html = page(client, "/en/products/bonded-warehouse/")
    item = ld_of_type(html, "Product")
    assert item["name"] == "Bonded warehouse"
    assert item["url"] == f"{BASE}/en/products/bonded-warehouse/"
    assert og(html, "type") == "website"
    assert not [i for i in json_ld(html) if i["@type"] == "NewsArticle"]


def test_job_posting(client, site):
    job = site["job"]
    job.job_deadline = date(2031, 5, 1)
    job.params = {}
    job.save()
    html = page(client, "/en/jobs/logistics-officer/")
    item = ld_of_type(html, "JobPosting")
    assert item["title"] == "Logistics officer"
    assert item["description"] == "<p>Body text</p>"
    assert item["datePosted"][:10] == job.published_at.date().isoformat()
    assert item["validThrough"].startswith("2031-05-01T23:59:59")
    assert item["jobLocation"]["address"]["addressLocality"] == "Qingdao"
    assert item["hiringOrganization"]["name"] == "Site en"
    assert item["totalJobOpenings"] == 2
    assert "employmentType" not in item  # unknown: left out rather than guessed


def test_job_employment_type_when_known(site):
    from sitecraft.web.seo import entry_structured_data

    job = site["job"]
    job.params = {"employment_type": "full-time"}
    data = entry_structured_data(None, job, "u", "", "d")
    assert data["employmentType"] == "FULL_TIME"
    job.params = {"employment_type": "<script>"}
    assert "employmentType" not in entry_structured_data(None, job, "u", "", "d")


def test_pages_without_type_have_only_breadcrumbs(client, site):
    html = page(client, "/en/downloads/investment-guide/")
    assert [i["@type"] for i in json_ld(html)] == ["BreadcrumbList"]


def test_title_cannot_break_out_of_the_script(client, site):
    make_entry(
        site["news"],
        f"Evil {BREAKOUT} & <!-- more",
        slug="evil",
        author=BREAKOUT,
        summary=BREAKOUT,
    )
    response = client.get("/en/news/evil/")
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    blocks = html.count('<script type="application/ld+json">')
    assert html.count("</script>") == blocks + 1  # the JSON-LD blocks and site.js, nothing more
    item = ld_of_type(html, "NewsArticle")
    assert item["headline"] == f"Evil {BREAKOUT} & <!-- more"  # intact once parsed
    assert item["author"]["name"] == BREAKOUT
    assert "\\u003c/script\\u003e" in html
    assert og(html, "title").startswith(f"Evil {BREAKOUT}")  # escaped in the attribute
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_json_script_data_escapes():
    out = json_script_data({"a": "<b>&</b>", "c": "\u2028"})
    assert "<" not in out and ">" not in out and "&" not in out
    assert json.loads(out) == {"a": "<b>&</b>", "c": "\u2028"}


def test_no_social_data_on_404(client, site):
    html = client.get("/en/no-such-page/").content.decode()
    assert "og:title" not in html and "ld+json" not in html

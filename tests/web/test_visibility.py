"""Draft, scheduled, hidden and deleted entries never appear publicly."""

from datetime import timedelta

import pytest
from django.utils import timezone

from sitecraft.columns.models import Column

SECRET_TITLES = ["Secret draft", "Hidden item", "Future plan", "Deleted item"]
PUBLIC_PAGES = [
    "/en/",
    "/en/news/",
    "/en/news/?page=2",
    "/en/news/?page=3",
    "/en/tags/",
    "/en/tags/trade/",
    "/en/search/?q=item",
    "/en/search/?q=plan",
    "/en/search/?q=Secret",
    "/sitemap.xml",
]


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_secret_entries_are_in_no_list(client, site, path):
    response = client.get(path)
    assert response.status_code in (200, 404)
    html = response.content.decode()
    for title in SECRET_TITLES:
        assert title not in html
    for slug in ("secret-draft", "hidden-item", "future-plan", "deleted-item"):
        assert slug not in html


@pytest.mark.parametrize("slug", ["secret-draft", "hidden-item", "future-plan", "deleted-item"])
def test_secret_entries_have_no_page(client, site, slug):
    assert client.get(f"/en/news/{slug}/").status_code == 404


def test_neighbours_skip_secret_entries(client, site):
    html = client.get("/en/news/older/").content.decode()
    for title in SECRET_TITLES:
        assert title not in html


def test_tag_counts_only_public_entries(client, site):
    html = client.get("/en/tags/").content.decode()
    assert "Trade <small>2</small>" in html


def test_scheduled_entry_appears_when_due(client, site):
    future = site["secrets"][2]
    assert client.get("/en/news/future-plan/").status_code == 404
    future.published_at = timezone.now() - timedelta(seconds=1)
    future.save()
    assert client.get("/en/news/future-plan/").status_code == 200


def test_hidden_column_hides_its_entries_and_children(client, site):
    news = site["news"]
    news.is_hidden = True
    news.save()
    assert client.get("/en/news/").status_code == 404
    assert client.get("/en/news/delegation/").status_code == 404
    assert client.get("/en/company-news/").status_code == 404
    assert client.get("/en/company-news/milestone/").status_code == 404
    for path in ("/en/", "/sitemap.xml", "/en/search/?q=milestone", "/en/tags/trade/"):
        html = client.get(path).content.decode()
        assert "Company milestone" not in html and "Zone welcomes delegation" not in html
    news.is_hidden = False
    news.save()
    assert Column.objects.get(pk=site["company"].pk).hidden_by_parent is False
    assert client.get("/en/company-news/milestone/").status_code == 200


def test_members_only_entry_shows_prompt_not_content(client, site):
    article = site["article"]
    article.read_level = 1
    article.save()
    response = client.get("/en/news/delegation/")
    assert response.status_code == 403
    html = response.content.decode()
    assert "members only" in html
    assert "Body text" not in html
    assert "/en/news/delegation/" not in client.get("/sitemap.xml").content.decode()
    assert "Zone welcomes delegation" not in client.get("/en/search/?q=delegation").content.decode()


def test_members_only_column(client, site):
    news = site["news"]
    news.read_level = 2
    news.save()
    response = client.get("/en/news/")
    assert response.status_code == 403
    assert "Zone welcomes delegation" not in response.content.decode()


def test_change_shows_on_next_request(client, site):
    """The in-memory navigation follows every change (generation check)."""
    assert "Products" in client.get("/en/").content.decode()
    products = site["products"]
    products.name = "Services and products"
    products.save()
    assert "Services and products" in client.get("/en/").content.decode()

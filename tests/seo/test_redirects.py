"""The redirects manager: model validation, the 404 lookup, hits, and automatic redirects."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sitecraft.redirects.models import Redirect
from sitecraft.redirects.services import add_moved_redirect
from tests.factories import make_column, make_entry


def make_redirect(old, new, status=301):
    redirect = Redirect(old_path=old, new_path=new, status=status)
    redirect.full_clean()
    redirect.save()
    return redirect


# --- validation ---------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "old, expected",
    [("news/25.html", "/news/25.html"), ("  /a/b/ ", "/a/b/"), ("/caf%C3%A9/", "/café/")],
)
def test_old_path_is_normalised(old, expected):
    assert make_redirect(old, "/en/").old_path == expected


@pytest.mark.django_db
@pytest.mark.parametrize(
    "new",
    [
        "//evil.example",
        "//evil.example/path",
        "/\\evil.example",
        "\\\\evil.example",
        "javascript:alert(1)",
        "data:text/html,<script>",
        "ftp://example.com/file",
        "evil.example",
        "http://",
        "/with space",
        "/line\nbreak",
        "",
        "/" + "x" * 500,
    ],
)
def test_bad_targets_are_refused(new):
    with pytest.raises(ValidationError) as info:
        make_redirect("/old/", new)
    assert "new_path" in info.value.message_dict
    assert not Redirect.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("new", ["/en/news/", "https://example.com/x?y=1", "http://example.org"])
def test_good_targets_are_accepted(new):
    assert make_redirect("/old/", new).new_path == new


@pytest.mark.django_db
@pytest.mark.parametrize(
    "old", ["/" + "a" * 500, "/", "", "//evil.example", "/a?b=1", "/a#b", "/a b", "/a\tb"]
)
def test_bad_old_paths_are_refused(old):
    with pytest.raises(ValidationError) as info:
        make_redirect(old, "/en/")
    assert "old_path" in info.value.message_dict


@pytest.mark.django_db
def test_old_path_is_unique():
    make_redirect("/a/", "/en/")
    with pytest.raises(ValidationError):
        make_redirect("a/", "/en/news/")


@pytest.mark.django_db
def test_self_redirect_and_loops_are_refused():
    with pytest.raises(ValidationError):
        make_redirect("/a/", "/a/")
    make_redirect("/a/", "/b/")
    make_redirect("/b/", "/c/")
    with pytest.raises(ValidationError) as info:
        make_redirect("/c/", "/a/")
    assert "loop" in str(info.value)
    # Editing an existing redirect into a loop is refused too.
    first = Redirect.objects.get(old_path="/a/")
    first.new_path = "/b/"
    first.full_clean()  # unchanged: fine
    second = Redirect.objects.get(old_path="/b/")
    second.new_path = "/a/"
    with pytest.raises(ValidationError):
        second.full_clean()


# --- the 404 lookup -----------------------------------------------------------------------


def test_redirect_answers_where_the_site_would_404(client, site):
    make_redirect("/news/shownews.php", "/en/news/delegation/")
    response = client.get("/news/shownews.php")
    assert response.status_code == 301
    assert response["Location"] == "/en/news/delegation/"
    temporary = make_redirect("/en/old-news/", "https://example.com/", status=302)
    response = client.get("/en/old-news/")  # a Page404 raised by column_page
    assert response.status_code == 302
    assert response["Location"] == "https://example.com/"
    temporary.refresh_from_db()
    assert temporary.hits == 1 and temporary.last_hit_at is not None


def test_redirect_never_shadows_a_live_page(client, site):
    make_redirect("/en/news/", "/en/products/")
    assert client.get("/en/news/").status_code == 200
    assert Redirect.objects.get().hits == 0


def test_redirect_for_page404_inside_a_language(client, site):
    make_redirect("/en/news/gone/", "/en/news/older/")
    response = client.get("/en/news/gone/")  # entry_page raises Page404(language)
    assert response.status_code == 301
    assert response["Location"] == "/en/news/older/"


def test_trailing_slash_twin_matches(client, site):
    make_redirect("/about.html", "/en/about/")
    assert client.get("/about.html/")["Location"] == "/en/about/"
    make_redirect("/products/", "/en/products/")
    assert client.get("/products")["Location"] == "/en/products/"


def test_hits_are_counted_with_an_update(client, site):
    redirect = make_redirect("/old/", "/en/")
    with CaptureQueriesContext(connection) as ctx:
        client.get("/old/")
        client.get("/old/")
    redirect.refresh_from_db()
    assert redirect.hits == 2
    updates = [q["sql"] for q in ctx.captured_queries if q["sql"].startswith("UPDATE")]
    assert len(updates) == 2
    assert all("hits" in sql and "+" in sql for sql in updates)


def test_unknown_paths_still_404(client, site):
    make_redirect("/old/", "/en/")
    response = client.get("/other/")
    assert response.status_code == 404
    assert client.get("/" + "x" * 600).status_code == 404


def test_changing_a_redirect_refreshes_cached_pages(site):
    from sitecraft.sites.models import SiteState

    before = SiteState.objects.get(pk=1).generation
    redirect = make_redirect("/old/", "/en/")
    redirect.delete()
    assert SiteState.objects.get(pk=1).generation >= before + 2


# --- automatic redirects --------------------------------------------------------------------


def test_slug_change_adds_a_redirect(client, site):
    article = site["article"]
    article.slug = "delegation-visit"
    article.save()
    redirect = Redirect.objects.get(old_path="/en/news/delegation/")
    assert (redirect.new_path, redirect.status) == ("/en/news/delegation-visit/", 301)
    response = client.get("/en/news/delegation/")
    assert response.status_code == 301
    assert response["Location"] == "/en/news/delegation-visit/"


def test_chains_are_flattened_and_loops_removed(site):
    article = site["article"]
    for slug in ("b", "c"):
        article.slug = slug
        article.save()
    assert dict(Redirect.objects.values_list("old_path", "new_path")) == {
        "/en/news/delegation/": "/en/news/c/",
        "/en/news/b/": "/en/news/c/",
    }
    article.slug = "delegation"  # back to A: the A->C entry would be a loop
    article.save()
    assert dict(Redirect.objects.values_list("old_path", "new_path")) == {
        "/en/news/b/": "/en/news/delegation/",
        "/en/news/c/": "/en/news/delegation/",
    }


def test_add_moved_redirect_never_loops(db):
    add_moved_redirect(old_path="/a/", new_path="/b/")
    add_moved_redirect(old_path="/b/", new_path="/a/")
    assert dict(Redirect.objects.values_list("old_path", "new_path")) == {"/b/": "/a/"}
    assert add_moved_redirect(old_path="/x/", new_path="/x/") is None


def test_moving_an_entry_to_another_column_adds_a_redirect(site):
    older = site["older"]
    older.column = site["company"]
    older.save()
    assert Redirect.objects.get(old_path="/en/news/older/").new_path == "/en/company-news/older/"


def test_unpublished_entries_get_no_redirect(site):
    draft = site["secrets"][0]
    draft.slug = "renamed-draft"
    draft.save()
    assert not Redirect.objects.exists()


def test_saving_without_a_change_adds_nothing(site):
    site["article"].save()
    site["news"].save()
    assert not Redirect.objects.exists()


def test_folder_change_redirects_the_column_and_its_entries(client, site):
    news = site["news"]
    news.folder = "press"
    news.save()
    pairs = dict(Redirect.objects.values_list("old_path", "new_path"))
    assert pairs["/en/news/"] == "/en/press/"
    assert pairs["/en/news/delegation/"] == "/en/press/delegation/"
    assert pairs["/en/news/older/"] == "/en/press/older/"
    assert "/en/news/secret-draft/" not in pairs  # never public: no redirect to reveal it
    assert client.get("/en/news/")["Location"] == "/en/press/"
    assert client.get("/en/press/delegation/").status_code == 200
    assert client.get("/zh/news/").status_code == 200  # the other language is untouched


def test_new_columns_and_entries_add_nothing(site):
    column = make_column(site["en"], "article", folder="fresh")
    make_entry(column, "Fresh", slug="fresh")
    assert not Redirect.objects.exists()


# --- admin ----------------------------------------------------------------------------------


def test_admin_lists_and_searches(client, site):
    make_redirect("/old-news/", "/en/news/")
    make_redirect("/elsewhere/", "https://example.com/")
    user = get_user_model().objects.create_superuser("boss", "boss@example.com", "pw")
    client.force_login(user)
    url = "/admin/redirects/redirect/"
    response = client.get(url, {"q": "old-news"})
    assert response.status_code == 200
    assert b"/old-news/" in response.content and b"/elsewhere/" not in response.content
    assert client.get(url, {"target": "external"}).status_code == 200
    assert client.get(url, {"used": "no", "status__exact": "301"}).status_code == 200
    response = client.post(
        "/admin/redirects/redirect/add/",
        {"old_path": "/x/", "new_path": "//evil.example", "status": "301"},
    )
    assert response.status_code == 200  # the form again, with the error
    assert not Redirect.objects.filter(old_path="/x/").exists()

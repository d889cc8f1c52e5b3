"""Search never shows what a visitor may not read, and follows every change at once."""

from datetime import timedelta

from django.utils import timezone

from sitecraft.content.models import Entry
from sitecraft.search.models import SearchDocument
from sitecraft.search.selectors import search
from tests.factories import make_column, make_entry, make_tag


def _titles(language, query):
    return {hit.entry.title for hit in search(language, query).hits}


def _page(client, query, **params):
    response = client.get("/en/search/", {"q": query, **params})
    assert response.status_code == 200
    return response.content.decode()


def test_secret_entries_never_appear(client, site):
    en, news = site["en"], site["news"]
    hidden_column = make_column(en, "article", folder="hidden-news", is_hidden=True)
    members_column = make_column(en, "article", folder="members", read_level=1)
    make_entry(hidden_column, "Secret in hidden column")
    make_entry(members_column, "Secret in members column")
    make_entry(news, "Secret for members", read_level=1)
    make_entry(news, "Secret scheduled", published_at=timezone.now() + timedelta(hours=1))
    make_entry(news, "Secret hidden status", status=Entry.Status.HIDDEN)
    make_entry(news, "Public secret")
    assert _titles(en, "secret") == {"Public secret"}
    html = _page(client, "secret")
    assert "Public secret" in html
    for title in ("hidden column", "members column", "for members", "scheduled", "draft"):
        assert f"Secret {title}" not in html
    # Columns under a hidden column are hidden too.
    child = make_column(en, "article", folder="child", parent=hidden_column)
    make_entry(child, "Secret in child column")
    assert _titles(en, "secret") == {"Public secret"}


def test_link_entries_are_not_indexed(site):
    assert not SearchDocument.objects.filter(entry=site["link"]).exists()
    assert _titles(site["en"], "secretariat") == set()


def test_publish_unpublish_delete_and_edit(site):
    en, draft = site["en"], site["secrets"][0]
    assert _titles(en, "secret") == set()
    draft.status = Entry.Status.PUBLISHED
    draft.save()
    assert _titles(en, "secret") == {"Secret draft"}
    draft.title = "Renamed memo"
    draft.save()
    assert _titles(en, "secret") == set() and _titles(en, "memo") == {"Renamed memo"}
    draft.status = Entry.Status.DRAFT
    draft.save()
    assert _titles(en, "memo") == set()
    draft.status = Entry.Status.PUBLISHED
    draft.deleted_at = timezone.now()  # the recycle bin
    draft.save()
    assert _titles(en, "memo") == set()
    draft.deleted_at = None
    draft.save()
    assert _titles(en, "memo") == {"Renamed memo"}
    draft.delete()
    assert _titles(en, "memo") == set()
    assert not SearchDocument.objects.filter(entry_id=draft.pk).exists()


def test_scheduled_entry_is_found_when_due(site):
    scheduled = site["secrets"][2]
    assert _titles(site["en"], "future") == set()
    Entry.objects.filter(pk=scheduled.pk).update(published_at=timezone.now())
    assert _titles(site["en"], "future") == {"Future plan"}


def test_tags_are_searchable_and_follow_changes(site):
    en, older = site["en"], site["older"]
    assert _titles(en, "trade") == {"Zone welcomes delegation", "Older news"}
    extra = make_tag(en, "Shipping")
    older.tags.add(extra)
    assert _titles(en, "shipping") == {"Older news"}
    extra.name = "Railways"
    extra.save()
    assert _titles(en, "shipping") == set() and _titles(en, "railway") == {"Older news"}
    extra.entries.clear()
    assert _titles(en, "railway") == set()
    site["tag"].delete()
    assert _titles(en, "trade") == set()


def test_hiding_a_column_hides_its_entries_without_reindexing(site):
    news = site["news"]
    news.is_hidden = True
    news.save()
    assert _titles(site["en"], "delegation") == set()
    news.is_hidden = False
    news.save()
    assert _titles(site["en"], "delegation") == {"Zone welcomes delegation"}

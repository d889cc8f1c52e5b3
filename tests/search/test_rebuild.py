"""The demo ends with a filled index, and the rebuild command rebuilds it."""

from io import StringIO

from django.core.management import call_command

from sitecraft.content.models import Entry
from sitecraft.demo.loader import load_demo
from sitecraft.search.models import SearchDocument
from sitecraft.search.selectors import search
from sitecraft.sites.models import Language


def _indexable_ids():
    return set(
        Entry.objects.filter(status=Entry.Status.PUBLISHED, deleted_at__isnull=True)
        .exclude(module="link")
        .values_list("pk", flat=True)
    )


def test_demo_has_a_filled_index_and_the_command_rebuilds_it(db):
    assert load_demo()
    expected = _indexable_ids()
    assert set(SearchDocument.objects.values_list("entry_id", flat=True)) == expected
    assert search(Language.objects.get(code="zh"), "吉木乃").total >= 1
    assert search(Language.objects.get(code="ru"), "логистика").total >= 1

    SearchDocument.objects.all().delete()
    Entry.objects.filter(pk__in=list(expected)[:3]).update(title="Quietly renamed")
    total = Entry.objects.filter(status=Entry.Status.PUBLISHED, deleted_at__isnull=True).count()
    out, err = StringIO(), StringIO()
    call_command("rebuild_search_index", stdout=out, stderr=err)
    assert set(SearchDocument.objects.values_list("entry_id", flat=True)) == expected
    assert f"Indexed {len(expected)} entries" in out.getvalue()
    progress = err.getvalue()
    assert progress.startswith(f"\r[{'-' * 30}] 0/{total}")
    assert f"\r[{'#' * 30}] {total}/{total} " in progress
    assert "entries/s" in progress and progress.endswith("\n")
    assert sum(search(lang, "quietly renamed").total for lang in Language.objects.all()) == 3


def test_rebuild_command_is_quiet_at_verbosity_0(site):
    expected = _indexable_ids()
    SearchDocument.objects.all().delete()
    out, err = StringIO(), StringIO()
    call_command("rebuild_search_index", verbosity=0, stdout=out, stderr=err)
    assert out.getvalue() == err.getvalue() == ""
    assert set(SearchDocument.objects.values_list("entry_id", flat=True)) == expected

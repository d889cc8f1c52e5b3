"""``sitecraft import_redirects FILE.csv``."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from sitecraft.redirects.models import Redirect


def run(tmp_path, text, *args, encoding="utf-8"):
    path = tmp_path / "redirects.csv"
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    out = StringIO()
    call_command("import_redirects", str(path), *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_good_file_with_header(tmp_path):
    out = run(
        tmp_path,
        "old_path,new_path,status\n"
        "/news/shownews.php,/en/news/,301\n"
        "about/show.php,https://example.com/about,302\n"
        "/index.html,/en/\n",
    )
    assert "Imported 3 redirect(s), skipped 0." in out
    assert dict(Redirect.objects.values_list("old_path", "status")) == {
        "/news/shownews.php": 301,
        "/about/show.php": 302,
        "/index.html": 301,
    }


@pytest.mark.django_db
def test_bad_rows_are_skipped_with_reasons(tmp_path):
    long_path = "/" + "a" * 600
    out = run(
        tmp_path,
        "/good/,/en/\n"
        "/evil/,//evil.example\n"
        "/js/,javascript:alert(1)\n"
        "/bad-status/,/en/,307\n"
        "/too-many/,/en/,301,extra\n"
        "/only-one-column\n"
        f"{long_path},/en/\n"
        "/good/,/en/news/\n"
        "/self/,/self/\n"
        "/loop-a/,/loop-b/\n"
        "/loop-b/,/loop-a/\n"
        "\n",
    )
    assert "Imported 2 redirect(s), skipped 9." in out
    assert set(Redirect.objects.values_list("old_path", flat=True)) == {"/good/", "/loop-a/"}
    assert Redirect.objects.get(old_path="/good/").new_path == "/en/"
    for line, words in [
        (2, "//"),
        (3, "http"),
        (4, "301 or 302"),
        (5, "expected"),
        (6, "expected"),
        (7, "at most 500"),
        (8, "earlier in the file"),
        (9, "itself"),
        (11, "loop"),
    ]:
        assert any(
            row.startswith(f"line {line}: skipped") and words in row for row in out.splitlines()
        ), (line, out)


@pytest.mark.django_db
def test_existing_redirects_are_kept_unless_replace(tmp_path):
    Redirect.objects.create(old_path="/a/", new_path="/en/")
    out = run(tmp_path, "/a/,/en/news/\n")
    assert "skipped 1" in out and "--replace" in out
    assert Redirect.objects.get().new_path == "/en/"
    out = run(tmp_path, "/a/,/en/news/\n", "--replace")
    assert "Imported 1" in out
    assert Redirect.objects.get().new_path == "/en/news/"


@pytest.mark.django_db
def test_strict_imports_nothing_when_a_row_is_bad(tmp_path):
    with pytest.raises(CommandError, match="Nothing was imported"):
        run(tmp_path, "/a/,/en/\n/b/,//evil.example\n", "--strict")
    assert not Redirect.objects.exists()


@pytest.mark.django_db
def test_dry_run_saves_nothing(tmp_path):
    out = run(tmp_path, "/a/,/en/\n", "--dry-run")
    assert "Would import 1 redirect(s)" in out
    assert not Redirect.objects.exists()


@pytest.mark.django_db
def test_not_utf8_or_missing_file(tmp_path):
    with pytest.raises(CommandError, match="UTF-8"):
        run(tmp_path, "/caf\xe9/,/en/\n", encoding="latin-1")
    assert not Redirect.objects.exists()
    with pytest.raises(CommandError, match="No such file"):
        call_command("import_redirects", str(tmp_path / "nope.csv"), stdout=StringIO())


@pytest.mark.django_db
def test_broken_csv_rolls_everything_back(tmp_path):
    with pytest.raises(CommandError, match="not valid CSV"):
        run(tmp_path, '/a/,/en/\n/b/,"/en/' + "x" * 200_000 + '"\n')
    assert not Redirect.objects.exists()


@pytest.mark.django_db
def test_utf8_bom_and_crlf(tmp_path):
    out = run(tmp_path, "\ufeffold_path,new_path\r\n/新闻/,/zh/news/\r\n")
    assert "Imported 1" in out
    assert Redirect.objects.get().old_path == "/新闻/"

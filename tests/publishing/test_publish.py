"""``sitecraft publish``: the published tree is what the app serves, and nothing secret."""

import os
import re
import threading
import uuid
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from sitecraft.columns.modules import get_module
from sitecraft.content.models import Attachment, Entry, Tag
from sitecraft.publishing import services
from sitecraft.publishing.services import (
    MANIFEST_NAME,
    PublicUrl,
    file_for_url,
    list_public_urls,
    publish_site,
    read_manifest,
    split_chunks,
    write_atomic,
)
from sitecraft.web.snapshot import get_snapshot
from tests.factories import make_column, make_entry


def _app_bytes(client, url: str, status: int = 200) -> bytes:
    response = client.get(url)
    assert response.status_code == status, url
    return b"".join(response.streaming_content) if response.streaming else response.content


def _undated(url: str, body: bytes) -> bytes:
    """Blank the build time of an empty feed: with no entries, Django dates a feed "now"."""
    if "/feed/" in url and b"<item>" not in body and b"<entry>" not in body:
        body = re.sub(rb"<(lastBuildDate|updated)>[^<]*</", rb"<\1></", body)
    return body


def _tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in root.rglob("*")
        if path.is_file()
    }


def test_published_demo_site_equals_what_the_app_serves(client, demo, tmp_path):
    out = tmp_path / "public"
    result = publish_site(out, jobs=1, collect_static=False)
    items = list_public_urls()
    manifest = read_manifest(out)
    pages = {item.file: item for item in items if item.file in manifest}
    assert result.pages == len(pages) > 150
    assert not result.skipped
    for name, item in pages.items():
        published = _undated(item.url, (out / name).read_bytes())
        assert published == _undated(item.url, _app_bytes(client, item.url, item.status)), name
    # Every published file is a page of the list, a static file or a medium: nothing else.
    for name in _tree(out):
        if name == MANIFEST_NAME:
            continue
        assert name in manifest, name
        assert name in pages or name.startswith(("media/", "static/")), name
    names = set(pages)
    for expected in (
        "en/index.html", "zh/index.html", "robots.txt", "sitemap.xml", "sitemap.txt",
        "sitemap-en.xml", "en/feed/rss.xml", "en/feed/atom.xml", "en/tags/index.html",
        "en/404.html", "404.html",
    ):  # fmt: skip
        assert expected in names, expected
    assert any(name.endswith("/index-p2.html") for name in names)
    assert any(name.startswith("en/tags/") and name != "en/tags/index.html" for name in names)
    assert not any("/search/" in name for name in names)
    assert any(name.startswith("media/demo/") for name in manifest)


def test_every_page_of_every_list_is_published(client, demo, tmp_path):
    """No list page is missing: the page after the last published one is a 404 in the app."""
    out = tmp_path / "public"
    publish_site(out, jobs=1, collect_static=False)
    snap = get_snapshot()
    lists = [
        column
        for column in snap.columns.values()
        if column.is_public
        and column.read_level == 0
        and get_module(column.module).has_entries
        and column.module != "link"
    ]
    assert lists
    urls = [f"/{c.language.code}/{c.folder}/" for c in lists]
    urls += [f"/{t.language.code}/tags/{t.slug}/" for t in Tag.objects.select_related("language")]
    for url in urls:
        directory = out / url.strip("/")
        if not (directory / "index.html").exists():
            assert client.get(url).status_code == 404, url  # a tag without public entries
            continue
        last = 1
        while (directory / f"index-p{last + 1}.html").exists():
            last += 1
        assert client.get(f"{url}?page={last + 1}").status_code == 404, url


def _media_file(relative: str, payload: bytes) -> Path:
    path = Path(settings.MEDIA_ROOT) / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(payload)
    return path


def test_secrets_are_never_published(client, site, tmp_path):
    en = site["en"]
    hidden = make_column(en, "article", folder="internal", name="Internal", is_hidden=True)
    make_entry(hidden, "Hidden column memo", slug="memo")
    members = make_column(en, "article", folder="members", name="Members", read_level=1)
    make_entry(members, "Members column report", slug="report")
    members_entry = make_entry(site["news"], "Members entry", slug="members-entry", read_level=1)
    tag = site["tag"]
    marker = uuid.uuid4().hex
    public_file = _media_file(f"files/{marker}/open.pdf", b"%PDF-open")
    secret_file = _media_file(f"files/{marker}/members.pdf", b"%PDF-members")
    Attachment.objects.create(entry=site["download"], file=f"files/{marker}/open.pdf", title="Open")
    Attachment.objects.create(
        entry=site["download"],
        file=f"files/{marker}/members.pdf",
        title="Members",
        download_level=1,
    )
    out = tmp_path / "public"
    try:
        result = publish_site(out, jobs=1, collect_static=False)
    finally:
        public_file.unlink()
        secret_file.unlink()
    tree = _tree(out)
    everything = b"".join(tree.values())
    for secret in site["secrets"]:
        assert secret.title.encode() not in everything
        assert f"/{secret.slug}/".encode() not in everything
        assert f"en/news/{secret.slug}/index.html" not in tree
    assert b"Hidden column memo" not in everything
    assert not any(name.startswith(("en/internal/", "en/members/")) for name in tree)
    assert f"en/news/{members_entry.slug}/index.html" not in tree
    assert f"media/files/{marker}/open.pdf" in tree
    assert f"media/files/{marker}/members.pdf" not in tree
    # Dynamic pages are left to the app: search, forms, links out.
    for dynamic in ("en/search/index.html", "en/guestbook/index.html", "en/inquiry/index.html"):
        assert dynamic not in tree
    assert f"en/tags/{tag.slug}/index.html" in tree
    assert result.pages > 20


def test_a_second_publish_removes_what_is_gone(client, site, tmp_path):
    out = tmp_path / "public"
    publish_site(out, jobs=1, collect_static=False)
    page = out / "en/news/delegation/index.html"
    assert page.exists()
    foreign = out / "en" / "keep-me.txt"
    foreign.write_text("not ours")
    article = Entry.objects.get(pk=site["article"].pk)
    article.deleted_at = timezone.now()
    article.save()
    result = publish_site(out, jobs=1, collect_static=False)
    assert not page.exists()
    assert not page.parent.exists()  # its now empty directory too
    assert result.removed >= 1
    assert "en/news/delegation/index.html" not in read_manifest(out)
    assert foreign.read_text() == "not ours"  # only files the last publish wrote are removed
    assert b"Zone welcomes delegation" not in (out / "en/news/index.html").read_bytes()


def test_write_atomic_readers_see_a_whole_old_or_new_file(tmp_path):
    path = tmp_path / "page.html"
    versions = {b"a" * 300_000, b"b" * 700_000}
    old, new = sorted(versions)
    write_atomic(path, old)
    seen: set[int] = set()
    stop = threading.Event()

    def read():
        while not stop.is_set():
            data = path.read_bytes()
            assert data in versions
            seen.add(len(data))

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for number in range(200):
            write_atomic(path, new if number % 2 == 0 else old)
    finally:
        stop.set()
        reader.join()
    assert seen
    assert os.listdir(tmp_path) == ["page.html"]
    assert oct(path.stat().st_mode & 0o777) == "0o644"


def test_write_atomic_keeps_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    path = tmp_path / "page.html"
    write_atomic(path, b"old")

    def fail(*args):
        raise OSError("disk full")

    monkeypatch.setattr(services.os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(path, b"new")
    assert path.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["page.html"]


@pytest.mark.parametrize(
    ("make_out", "message"),
    [
        (lambda: Path("/"), "root"),
        (lambda: Path(settings.DATA_DIR), "data directory"),
        (lambda: Path(settings.DATA_DIR).parent, "data directory"),
        (lambda: Path(settings.MEDIA_ROOT) / "public", "inside"),
        (lambda: Path(settings.STATIC_ROOT), "inside"),
    ],
)
def test_unsafe_out_dirs_are_refused(db, make_out, message):
    with pytest.raises(CommandError, match=message):
        call_command("publish", out=make_out(), jobs=1, verbosity=0)


def test_a_foreign_directory_is_refused(db, tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(CommandError, match="not empty"):
        call_command("publish", out=tmp_path, jobs=1, verbosity=0)
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_publish_command_reports_progress_and_summary(site, tmp_path):
    out, err = StringIO(), StringIO()
    call_command("publish", out=tmp_path / "public", jobs=1, stdout=out, stderr=err)
    assert "Published" in out.getvalue() and "pages/s" in out.getvalue()
    assert "Pages:" in err.getvalue()
    # The collected static files are published too.
    assert any((tmp_path / "public" / "static").rglob("*.css"))


@pytest.mark.parametrize(
    ("url", "file"),
    [
        ("/en/", "en/index.html"),
        ("/en/news/?page=3", "en/news/index-p3.html"),
        ("/en/news/a-slug/", "en/news/a-slug/index.html"),
        ("/sitemap-zh.xml?p=2", "sitemap-zh.p2.xml"),
        ("/en/feed/rss.xml", "en/feed/rss.xml"),
        ("/robots.txt", "robots.txt"),
        ("/ru/tags/%D0%B8%D1%8F/", "ru/tags/ия/index.html"),
    ],
)
def test_urls_map_to_files(url, file):
    assert file_for_url(url) == file


@pytest.mark.parametrize(
    "url", ["/en/?page=0", "/en/?q=x", "/../x/", "/a/./b/", "en/", "/a/%2E%2E/b/", "/a%00/"]
)
def test_odd_urls_have_no_file(url):
    with pytest.raises(ValueError):
        file_for_url(url)


def test_list_leaves_dynamic_pages_to_the_app(site):
    urls = {item.url for item in list_public_urls()}
    assert "/en/news/" in urls and "/en/news/?page=2" in urls and "/en/news/?page=3" not in urls
    assert "/en/news/delegation/" in urls and "/zh/news/delegation/" in urls
    for dynamic in ("/en/search/", "/en/guestbook/", "/en/inquiry/", "/"):
        assert dynamic not in urls
    assert not any("secret" in url or "future" in url for url in urls)


def test_chunks_cover_every_item_in_order():
    items = [PublicUrl(f"/{n}/", f"{n}/index.html") for n in range(103)]
    chunks = split_chunks(items, 4)
    assert [item for chunk in chunks for item in chunk] == items
    assert len(chunks) >= 4 * 4 - 3 and max(len(c) for c in chunks) <= 50
    assert split_chunks([], 3) == []
    assert split_chunks(items[:1], 8) == [items[:1]]


def test_a_publish_that_cannot_render_removes_nothing(site, tmp_path, settings):
    out = tmp_path / "public"
    publish_site(out, jobs=1, collect_static=False)
    before = _tree(out)
    settings.ALLOWED_HOSTS = ["elsewhere.example"]  # every page answers 400 Bad Request
    with pytest.raises(services.PublishError, match="ALLOWED_HOSTS"):
        publish_site(out, jobs=1, collect_static=False)
    after = _tree(out)
    assert {name: after[name] for name in before} == before

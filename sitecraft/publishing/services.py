"""Static publishing: write the public site as files that nginx or a CDN serves as they are.

Every published file is rendered through the real Django stack (``django.test.Client``, with the
host of ``SITECRAFT_BASE_URL``), so its bytes are those the app answers for the same URL. The
URL a visitor asks for never changes; only where the file lives does:

=================================  ==========================================
URL the app serves                 file in the output directory
=================================  ==========================================
``/en/news/``                      ``en/news/index.html``
``/en/news/?page=3``               ``en/news/index-p3.html``
``/sitemap-en.xml?p=2``            ``sitemap-en.p2.xml``
``/robots.txt``, feeds, sitemaps   the same path
the 404 page of a language         ``en/404.html`` (and ``404.html``)
=================================  ==========================================

The nginx configuration (``render_nginx_config``) maps query strings to those files and hands
everything else (search, admin, forms, members-only pages, anything missing) to the app.

Only what every visitor may read is published, chosen by the same selectors the public pages
use: never drafts, scheduled, hidden or deleted entries, hidden columns, or members-only columns,
entries and attachments. A page that would set a cookie or vary on it is left to the app.
"""

from __future__ import annotations

import json
import logging
import math
import multiprocessing
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.management import call_command
from django.utils import timezone
from django.utils.translation import gettext as _

from sitecraft.columns.modules import get_module
from sitecraft.content import selectors
from sitecraft.content.models import Attachment
from sitecraft.web import links, sitemaps
from sitecraft.web.pagecache import CACHE_CONTROL
from sitecraft.web.snapshot import Snapshot, get_snapshot
from sitecraft.web.views import column_has_feed

MANIFEST_NAME = ".sitecraft-publish.json"
# Tag pages list this many entries (``web.views.tag_page``).
TAG_PAGE_SIZE = 12
# Columns whose page is dynamic: a search form, forms that post, a redirect elsewhere.
DYNAMIC_MODULES = {"search", "message", "feedback", "external"}
FEED_KINDS = ("rss", "atom")
# A URL for which every language answers its 404 page: "-" is never a valid folder.
NOT_FOUND_PROBE = "-"
FILE_MODE = 0o644
DIR_MODE = 0o755
PAGE_RE = re.compile(r"^[1-9][0-9]{0,5}$")


class PublishError(Exception):
    """Publishing cannot start or did not finish; the message says why."""


@dataclass(frozen=True)
class PublicUrl:
    """A URL the app serves, the file that holds its answer, and the status it must answer."""

    url: str
    file: str
    status: int = 200


@dataclass
class PublishResult:
    """What one publish wrote."""

    out_dir: Path
    pages: int = 0
    files: int = 0
    removed: int = 0
    seconds: float = 0.0
    skipped: list[str] = field(default_factory=list)

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds > 0 else 0.0


# -- which URLs, and where their files go ----------------------------------------------------------
def file_for_url(url: str) -> str:
    """Return the output-relative file that holds the answer to ``url`` (see the module doc)."""
    parts = urlsplit(url)
    # The web server looks files up by the decoded path: /ru/tags/%D0%B8/ is ru/tags/и/.
    path, query = unquote(parts.path, errors="strict"), parts.query
    segments = path.split("/")
    if not path.startswith("/") or "\x00" in path or {".", ".."} & set(segments):
        raise ValueError(url)
    relative = path.lstrip("/")
    if path.endswith("/"):
        page = _query_number(query, "page")
        return f"{relative}index.html" if page is None else f"{relative}index-p{page}.html"
    number = _query_number(query, "p")
    if number is None:
        return relative
    stem, dot, extension = relative.rpartition(".")
    if not dot:
        raise ValueError(url)
    return f"{stem}.p{number}.{extension}"


def _query_number(query: str, name: str) -> int | None:
    if not query:
        return None
    key, _sep, value = query.partition("=")
    if key != name or not PAGE_RE.match(value):
        raise ValueError(query)
    return int(value)


def _page_count(total: int, per_page: int) -> int:
    return max(1, math.ceil(total / max(per_page, 1)))


def _pages(first_url: str, count: int) -> Iterator[str]:
    yield first_url
    for number in range(2, count + 1):
        yield f"{first_url}?page={number}"


def _published_column(column) -> bool:
    return column.is_public and column.read_level == 0 and column.module not in DYNAMIC_MODULES


def _column_urls(snap: Snapshot, column) -> Iterator[str]:
    url = links.column_url(column)
    module = get_module(column.module)
    if module.has_entries and column.module != "link":
        total = selectors.list_column_entries(
            snap.descendant_ids(column), column.list_order
        ).count()
        yield from _pages(url, _page_count(total, column.per_page))
    else:
        yield url
    if column_has_feed(column):
        for kind in FEED_KINDS:
            yield links.feed_url(column.language, kind, column)


def _language_urls(snap: Snapshot, language) -> Iterator[str]:
    yield links.home_url(language)
    for kind in FEED_KINDS:
        yield links.feed_url(language, kind)
    for column in snap.columns.values():
        if column.language_id == language.id and _published_column(column):
            yield from _column_urls(snap, column)
    yield links.tags_url(language)
    for tag in selectors.list_tags(language.id, limit=None):
        yield from _pages(links.tag_url(tag, language), _page_count(tag.num, TAG_PAGE_SIZE))


def _sitemap_urls(snap: Snapshot) -> Iterator[str]:
    yield "/robots.txt"
    yield "/sitemap.xml"
    yield "/sitemap.txt"
    counts = selectors.count_indexable_entries(timezone.now())
    for language in snap.languages:
        total = 1 + len(sitemaps.sitemap_columns(snap, language)) + counts.get(language.id, 0)
        for number in range(1, math.ceil(total / sitemaps.URLS_PER_SITEMAP) + 1):
            yield links.sitemap_url(language, number)


def _entry_urls(snap: Snapshot) -> Iterator[str]:
    """Pages of the entries everybody may read: the sitemap's own choice."""
    rows = (
        selectors.indexable_entries(timezone.now())
        .filter(language_id__in=list(snap.by_id))
        .order_by("id")
        .values_list("column_id", "slug")
        .iterator(chunk_size=2000)
    )
    for column_id, slug in rows:
        column = snap.columns.get(column_id)
        if column is not None and column.is_public:
            yield links.entry_path(column, slug)


def list_public_urls() -> list[PublicUrl]:
    """Return every URL to publish, with its file, in a stable order without duplicates."""
    snap = get_snapshot()
    urls: list[str] = list(_sitemap_urls(snap))
    for language in snap.languages:
        urls.extend(_language_urls(snap, language))
    urls.extend(_entry_urls(snap))
    items: dict[str, PublicUrl] = {}
    for url in urls:
        items.setdefault(url, PublicUrl(url, file_for_url(url)))
    for language in snap.languages:
        probe = f"/{language.code}/{NOT_FOUND_PROBE}/"
        items[probe] = PublicUrl(probe, f"{language.code}/404.html", status=404)
    if snap.default is not None:
        items[f"/{NOT_FOUND_PROBE}/"] = PublicUrl(f"/{NOT_FOUND_PROBE}/", "404.html", status=404)
    return list(items.values())


# -- writing files ---------------------------------------------------------------------------------
def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a reader sees the old file or the new one, never half.

    The bytes go to a hidden temporary file in the same directory (same file system), which is
    then renamed over ``path``; the temporary file never outlives the call.
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
        os.chmod(temp, FILE_MODE)  # mkstemp makes 0600; the web server must read it
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        raise


def _link_or_copy(source: Path, target: Path) -> None:
    """Put ``source`` at ``target``: a hard link when the web server may read it, else a copy."""
    try:
        if target.exists() and os.path.samefile(source, target):
            return
    except OSError:
        pass
    target.parent.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        if source.stat().st_mode & 0o004:
            try:
                os.link(source, temp)
            except OSError:  # another file system, or links not allowed
                shutil.copyfile(source, temp)
                os.chmod(temp, FILE_MODE)
        else:
            shutil.copyfile(source, temp)
            os.chmod(temp, FILE_MODE)
        os.replace(temp, target)
    finally:
        if temp.exists():
            temp.unlink()


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def check_out_dir(out_dir: Path) -> Path:
    """Return the resolved output directory, or raise ``PublishError`` for an unsafe one."""
    out = Path(out_dir).expanduser().resolve()
    data_dir = Path(settings.DATA_DIR).resolve()
    if out == Path(out.anchor):
        raise PublishError(_("Refusing to publish into the file system's root: use --out DIR."))
    if _inside(data_dir, out):
        raise PublishError(
            _(
                "Refusing to publish into %(out)s: it is or contains the data directory, which "
                "holds the database, backups and the secret key."
            )
            % {"out": out}
        )
    for root in (settings.MEDIA_ROOT, settings.STATIC_ROOT):
        if _inside(out, Path(root).resolve()):
            raise PublishError(
                _("Refusing to publish into %(out)s: it is inside %(root)s.")
                % {"out": out, "root": Path(root).resolve()}
            )
    if out.exists() and not out.is_dir():
        raise PublishError(_("%(out)s is not a directory.") % {"out": out})
    if out.is_dir() and any(out.iterdir()) and not (out / MANIFEST_NAME).exists():
        raise PublishError(
            _(
                "Refusing to publish into %(out)s: it is not empty and was not written by "
                "`sitecraft publish`."
            )
            % {"out": out}
        )
    return out


# -- rendering -------------------------------------------------------------------------------------
def _publishable(response) -> bool:
    """Whether every visitor gets this same answer: no cookie set, none varied on, not private."""
    if response.cookies:
        return False
    if "cookie" in response.get("Vary", "").lower():
        return False
    cache_control = response.get("Cache-Control", "")
    return "private" not in cache_control and "no-store" not in cache_control


def _client():
    from django.test import Client

    base = urlsplit(settings.SITECRAFT_BASE_URL)
    return Client(
        HTTP_HOST=base.netloc or "localhost",
        secure=base.scheme == "https",
        raise_request_exception=True,
    )


class UnexpectedStatus(Exception):
    """The app answered a URL to publish with another status than expected."""


def render_url(client, item: PublicUrl) -> bytes | None:
    """Return the bytes the app answers for ``item``, or ``None`` when they are not the same for
    every visitor (the page is left to the app); raise ``UnexpectedStatus`` for another status.
    """
    request_log = logging.getLogger("django.request")
    level = request_log.level
    if item.status == 404:
        request_log.setLevel(logging.ERROR)  # the 404 pages are asked for on purpose
    try:
        response = client.get(item.url)
    finally:
        request_log.setLevel(level)
    if response.status_code != item.status:
        raise UnexpectedStatus(f"{item.url} ({response.status_code})")
    if not _publishable(response):
        return None
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


# What became of one URL: (url, file written or None, error or None).
Outcome = tuple[str, str | None, str | None]


def render_chunk(out_dir: str, items: Sequence[PublicUrl]) -> list[Outcome]:
    """Render and write ``items``; return what became of each."""
    client = _client()
    root = Path(out_dir)
    done: list[Outcome] = []
    for item in items:
        try:
            body = render_url(client, item)
        except UnexpectedStatus as error:
            done.append((item.url, None, str(error)))
            continue
        if body is not None:
            write_atomic(root / item.file, body)
        done.append((item.url, item.file if body is not None else None, None))
    return done


def _init_worker() -> None:
    """Set Django up in a worker process (a no-op when the worker was forked from a set-up one)."""
    import django

    django.setup()


def split_chunks(items: Sequence, jobs: int, *, per_job: int = 4, most: int = 50) -> list[list]:
    """Split ``items`` into chunks: about ``per_job`` per worker, at most ``most`` items each."""
    if not items:
        return []
    size = max(1, min(most, math.ceil(len(items) / (max(jobs, 1) * per_job))))
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def _run_chunks(
    out_dir: Path, items: list[PublicUrl], jobs: int, progress: Callable[[int, int], None] | None
) -> list[Outcome]:
    total = len(items)
    results: list[Outcome] = []
    if jobs <= 1:
        for chunk in split_chunks(items, 1, most=25):
            results.extend(render_chunk(str(out_dir), chunk))
            if progress:
                progress(len(results), total)
        return results
    from django.db import connections

    # Forked workers must open their own connections, never share the parent's sockets.
    connections.close_all()
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    with context.Pool(jobs, initializer=_init_worker) as pool:
        chunks = split_chunks(items, jobs)
        for done in pool.imap_unordered(_render_chunk_args, [(str(out_dir), c) for c in chunks]):
            results.extend(done)
            if progress:
                progress(len(results), total)
    return results


def _render_chunk_args(args: tuple[str, list[PublicUrl]]) -> list[Outcome]:
    return render_chunk(*args)


# -- static files and media ------------------------------------------------------------------------
def _walk_files(root: Path) -> Iterator[Path]:
    """Regular files under ``root``, not following symbolic links, skipping hidden ones."""
    for directory, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            path = Path(directory, name)
            if not name.startswith(".") and path.is_file() and not path.is_symlink():
                yield path


def _members_only_files() -> set[str]:
    return set(
        Attachment.objects.filter(download_level__gt=0).values_list("file", flat=True).distinct()
    )


def copy_media(out_dir: Path) -> list[str]:
    """Link or copy ``MEDIA_ROOT`` into ``media/``, except attachments for members only."""
    root = Path(settings.MEDIA_ROOT)
    if not root.is_dir():
        return []
    members_only = _members_only_files()
    written = []
    for source in _walk_files(root):
        relative = source.relative_to(root).as_posix()
        if relative in members_only:
            continue
        target = f"media/{relative}"
        _link_or_copy(source, out_dir / target)
        written.append(target)
    return written


def copy_static(out_dir: Path, *, collect: bool = True) -> list[str]:
    """Collect the static files (as ``serve`` does) and link or copy them into ``static/``."""
    if collect:
        call_command("collectstatic", interactive=False, verbosity=0)
    root = Path(settings.STATIC_ROOT)
    if not root.is_dir():
        return []
    written = []
    for source in _walk_files(root):
        target = f"static/{source.relative_to(root).as_posix()}"
        _link_or_copy(source, out_dir / target)
        written.append(target)
    return written


# -- the manifest ----------------------------------------------------------------------------------
def read_manifest(out_dir: Path) -> set[str]:
    try:
        data = json.loads((out_dir / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return set()
    files = data.get("files", []) if isinstance(data, dict) else []
    return {name for name in files if isinstance(name, str)}


def remove_stale(out_dir: Path, old: Iterable[str], new: set[str]) -> int:
    """Delete files the last publish wrote and this one did not; only inside ``out_dir``."""
    removed = 0
    for name in sorted(set(old) - new):
        path = (out_dir / name).resolve()
        if not _inside(path, out_dir) or path == out_dir or not path.is_file():
            continue
        path.unlink()
        removed += 1
        parent = path.parent
        while parent != out_dir and _inside(parent, out_dir):
            try:
                parent.rmdir()  # only when empty
            except OSError:
                break
            parent = parent.parent
    return removed


# -- the whole site --------------------------------------------------------------------------------
def publish_site(
    out_dir: Path,
    *,
    jobs: int = 1,
    progress: Callable[[int, int], None] | None = None,
    collect_static: bool = True,
) -> PublishResult:
    """Write the public site into ``out_dir`` and remove what the last publish wrote but is gone.

    ``jobs`` worker processes render the pages (``1`` renders in this process); ``progress`` is
    called with ``(pages done, pages in all)``.
    """
    out = check_out_dir(out_dir)
    started = time.monotonic()
    out.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    old = read_manifest(out)
    result = PublishResult(out_dir=out)
    # Assets first: a new page never points at a static file or medium that is not there yet.
    assets = set(copy_static(out, collect=collect_static)) | set(copy_media(out))
    items = list_public_urls()
    # Until this publish has finished, the manifest names everything it may write, so that the
    # next publish can remove those files even if this one stops half-way.
    _write_manifest(out, old | assets | {item.file for item in items})
    written: set[str] = set()
    errors: list[str] = []
    for url, name, error in _run_chunks(out, items, max(1, jobs), progress):
        if error:
            errors.append(error)
        elif name is None:
            result.skipped.append(url)
        else:
            written.add(name)
    if errors:
        raise PublishError(
            _(
                "%(n)d pages did not answer as expected, for example %(urls)s; nothing was "
                "removed. Check that the host of SITECRAFT_BASE_URL is in ALLOWED_HOSTS."
            )
            % {"n": len(errors), "urls": ", ".join(sorted(errors)[:5])}
        )
    result.pages = len(written)
    written |= assets
    _write_manifest(out, written)
    result.removed = remove_stale(out, old | {item.file for item in items}, written)
    result.files = len(written)
    result.seconds = time.monotonic() - started
    return result


def _write_manifest(out: Path, files: set[str]) -> None:
    payload = {"files": sorted(files)}
    write_atomic(out / MANIFEST_NAME, json.dumps(payload, ensure_ascii=False, indent=0).encode())


def default_out_dir() -> Path:
    return Path(settings.DATA_DIR) / "public"


def progress_printer(write: Callable[[str], object], *, tty: bool) -> Callable[[int, int], None]:
    """Return a ``progress`` callback that shows pages done, total and pages/s.

    On a terminal the line is rewritten in place; in a log every update is a line of its own.
    """
    started = time.monotonic()

    def show(done: int, total: int) -> None:
        rate = done / max(time.monotonic() - started, 1e-6)
        line = _("Pages: %(done)d/%(total)d (%(rate).1f pages/s)") % {
            "done": done,
            "total": total,
            "rate": rate,
        }
        if tty:
            write(f"\r{line}" + ("\n" if done >= total else ""))
        else:
            write(f"{line}\n")

    return show


# -- nginx -----------------------------------------------------------------------------------------
def _security_headers() -> list[tuple[str, str]]:
    from sitecraft.web.middleware import PERMISSIONS_POLICY, PUBLIC_CSP

    headers = [
        ("X-Content-Type-Options", "nosniff"),
        ("Content-Security-Policy", PUBLIC_CSP),
        ("Permissions-Policy", PERMISSIONS_POLICY),
        ("X-Frame-Options", settings.X_FRAME_OPTIONS),
        ("Referrer-Policy", settings.SECURE_REFERRER_POLICY),
        ("Cross-Origin-Opener-Policy", settings.SECURE_CROSS_ORIGIN_OPENER_POLICY),
    ]
    if getattr(settings, "SECURE_HSTS_SECONDS", 0):
        headers.append(("Strict-Transport-Security", f"max-age={settings.SECURE_HSTS_SECONDS}"))
    return headers


def _add_headers(headers: list[tuple[str, str]], indent: str) -> str:
    return "".join(f'{indent}add_header {name} "{value}" always;\n' for name, value in headers)


def _quote(value: str) -> str:
    if re.search(r'[\s;{}"\'\\$]', value):
        raise ValueError(value)
    return value


def render_nginx_config(
    *, out_dir: Path, server_name: str = "_", app: str = "127.0.0.1:8000", listen: str = "80"
) -> str:
    """Return an nginx ``server`` block serving the published files, falling back to the app."""
    root = _quote(str(Path(out_dir).expanduser().resolve()))
    server_name = " ".join(_quote(name) for name in server_name.split()) or "_"
    app = _quote(app)
    listen = _quote(listen)
    admin = _quote(settings.SITECRAFT_ADMIN_PREFIX)
    listens = f"    listen {listen};\n"
    if listen.isdigit():
        listens += f"    listen [::]:{listen};\n"
    page = _add_headers([*_security_headers(), ("Cache-Control", CACHE_CONTROL)], " " * 8)
    static_long = _add_headers(
        [*_security_headers(), ("Cache-Control", "public, max-age=31536000, immutable")],
        " " * 12,
    )
    static_short = _add_headers(
        [*_security_headers(), ("Cache-Control", "public, max-age=3600")], " " * 8
    )
    media = [
        ("X-Content-Type-Options", "nosniff"),
        ("Content-Security-Policy", "default-src 'none'; sandbox"),
        ("Cache-Control", "public, max-age=86400"),
    ]
    media_inline = _add_headers(media, " " * 12)
    media_download = _add_headers([*media, ("Content-Disposition", "attachment")], " " * 8)
    proxy = (
        f"        proxy_pass http://{app};\n"
        "        proxy_set_header Host $host;\n"
        "        proxy_set_header X-Real-IP $remote_addr;\n"
        "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
        "        proxy_set_header X-Forwarded-Proto $scheme;\n"
    )
    return f"""\
# Sitecraft: serve the site published by `sitecraft publish` and hand the rest to the app.
# Generated by `sitecraft deploy nginx`; include it in nginx's http block (sites-enabled).
#
# Published files (written atomically, so a visitor never gets half a file):
#   /en/news/            -> {root}/en/news/index.html
#   /en/news/?page=3     -> {root}/en/news/index-p3.html
#   /sitemap-en.xml?p=2  -> {root}/sitemap-en.p2.xml
#   /robots.txt, /sitemap.xml, /sitemap.txt, /en/feed/rss.xml ... -> the same path
# Anything not published (search, admin, forms, members-only pages, a query string that is not
# one clean page number, a page missing since the last publish) goes to the app at {app}.
# The data directory (database, backups, secret key) is never under this root.

server {{
{listens}    server_name {server_name};
    root {root};

    autoindex off;
    server_tokens off;
    client_max_body_size 16m;
    gzip on;
    gzip_types text/plain text/css text/xml application/xml application/javascript
               application/rss+xml application/atom+xml image/svg+xml;

    # ?page=N -> index-pN.html and ?p=N -> .pN.xml; a page or p argument that is not one clean
    # number (?page=1, ?page=x, repeated) names no file, so the app answers it.
    set $sc_page "";
    if ($args ~ "(?:^|&)page=") {{ set $sc_page "-p?"; }}
    if ($arg_page ~ "^[1-9][0-9]{{0,5}}$") {{ set $sc_page "-p$arg_page"; }}
    if ($args ~ "(?:^|&)page=.*&page=") {{ set $sc_page "-p?"; }}
    set $sc_part "";
    if ($args ~ "(?:^|&)p=") {{ set $sc_part ".p?"; }}
    if ($arg_p ~ "^[2-9]$|^[1-9][0-9]{{1,5}}$") {{ set $sc_part ".p$arg_p"; }}
    if ($args ~ "(?:^|&)p=.*&p=") {{ set $sc_part ".p?"; }}

    # Hidden files (the publish manifest, temporary files) and anything that looks like data.
    location ~ "/\\.|\\.(?:sqlite3?|db|sql|bak|key|pem|log)$" {{
        return 404;
    }}

    # Names that exist only as files, never as URLs of the app: let the app answer them (404).
    location ~ "/(?:index(?:-p[^/]*)?|404)\\.html$|\\.p[^/]*\\.xml$" {{
{proxy}    }}

    location ^~ /static/ {{
        try_files $uri @app;
{static_short}        location ~ "\\.[0-9a-f]{{12}}\\.[A-Za-z0-9]+$" {{
            try_files $uri @app;
{static_long}        }}
    }}

    # Uploads: never HTML or SVG from our origin; only images, PDF and MP4 inline, the rest a
    # download. Attachments for members only are not published, so the app refuses them.
    location ^~ /media/ {{
        types {{
            image/jpeg jpg jpeg;
            image/png png;
            image/gif gif;
            image/webp webp;
            video/mp4 mp4;
            application/pdf pdf;
        }}
        default_type application/octet-stream;
        try_files $uri @app;
{media_download}        location ~* "\\.(?:jpe?g|png|gif|webp|mp4|pdf)$" {{
            try_files $uri @app;
{media_inline}        }}
    }}

    # Dynamic everywhere: the back office and search.
    location ^~ /{admin}/ {{
{proxy}    }}
    location ~ "^/[a-z]{{2,3}}(?:-[a-z0-9]{{2,8}})?/search/$" {{
{proxy}    }}

    # Language sitemaps: /sitemap-en.xml?p=2 -> sitemap-en.p2.xml.
    location ~ "^/(?<sc_sitemap>sitemap-[a-z]{{2,3}}(?:-[a-z0-9]{{2,8}})?)\\.xml$" {{
        types {{ }}
        default_type "application/xml; charset=utf-8";
        try_files /$sc_sitemap$sc_part.xml @app;
{page}    }}

    # Pages: every page URL ends with a slash; /en/news/?page=3 -> en/news/index-p3.html.
    location ~ "/$" {{
        types {{ }}
        default_type "text/html; charset=utf-8";
        try_files ${{uri}}index${{sc_page}}.html @app;
{page}    }}

    location ~ "/feed/rss\\.xml$" {{
        types {{ }}
        default_type "application/rss+xml; charset=utf-8";
        try_files $uri @app;
{page}    }}
    location ~ "/feed/atom\\.xml$" {{
        types {{ }}
        default_type "application/atom+xml; charset=utf-8";
        try_files $uri @app;
{page}    }}

    # robots.txt, sitemap.xml, sitemap.txt; anything else missing goes to the app.
    location / {{
        types {{
            "text/plain; charset=utf-8" txt;
            "application/xml; charset=utf-8" xml;
        }}
        default_type application/octet-stream;
        try_files $uri @app;
{page}    }}

    location @app {{
{proxy}    }}
}}
"""

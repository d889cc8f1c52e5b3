"""The Jinja2 environment of public themes."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote, urlencode

from django.conf import settings
from django.templatetags.static import static
from django.utils import timezone, translation
from jinja2 import Environment, FileSystemBytecodeCache

from sitecraft.web import links


def format_datetime(value: datetime | None, fmt: str = "%Y-%m-%d %H:%M:%S") -> str:
    """Format an aware datetime in the site's time zone (``YYYY-MM-DD HH:MM:SS`` by default)."""
    if value is None:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.strftime(fmt)


def media_url(file) -> str:
    name = getattr(file, "name", file) or ""
    return f"{settings.MEDIA_URL}{quote(str(name))}" if name else ""


def filesize(num: int | None) -> str:
    size = float(num or 0)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return ""


def environment(**options) -> Environment:
    """Build the environment used by Django's Jinja2 backend."""
    cache_dir = settings.DATA_DIR / "cache" / "jinja"
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        options.setdefault("bytecode_cache", FileSystemBytecodeCache(str(cache_dir)))
    except OSError:
        pass
    options.setdefault("extensions", []).append("jinja2.ext.i18n")
    env = Environment(**options)  # noqa: S701 (autoescape is set by settings.TEMPLATES)
    env.install_gettext_translations(translation, newstyle=True)
    env.globals.update(
        static=static,
        media_url=media_url,
        url_for_column=links.column_url,
        url_for_entry=links.entry_url,
        url_for_tag=links.tag_url,
        url_for_home=links.home_url,
        url_for_search=links.search_url,
        urlencode=urlencode,
    )
    env.filters.update(datetime=format_datetime, filesize=filesize)
    return env

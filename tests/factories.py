"""Build small sites for tests, through the real models."""

from __future__ import annotations

import itertools
from datetime import timedelta

from django.utils import timezone

from sitecraft.columns.models import Column
from sitecraft.content.models import Entry, Tag
from sitecraft.sites.models import Language, SiteSettings

_seq = itertools.count(1)


def make_language(
    code="en", *, default=True, html_lang=None, ui_locale="en", name=None
) -> Language:
    language = Language.objects.create(
        code=code,
        name=name or code,
        native_name=name or code,
        html_lang=html_lang or code,
        ui_locale=ui_locale,
        is_default=default,
    )
    SiteSettings.objects.create(
        language=language,
        site_name=f"Site {code}",
        seo_title=f"Site {code} title",
        seo_keywords=f"site-{code}-keywords",
        seo_description=f"Site {code} description",
    )
    return language


def make_column(language, module="article", *, folder=None, parent=None, **fields) -> Column:
    column = Column(
        language=language,
        module=module,
        folder=folder or f"{module}-{next(_seq)}",
        name=fields.pop("name", f"{module.title()} column"),
        parent=parent,
        **fields,
    )
    column.full_clean()
    column.save()
    return column


def make_entry(column, title=None, *, slug=None, ago=timedelta(hours=1), **fields) -> Entry:
    number = next(_seq)
    entry = Entry(
        language=column.language,
        column=column,
        title=title or f"Entry {number}",
        slug=slug or f"entry-{number}",
        body=fields.pop("body", "<p>Body text</p>"),
        published_at=fields.pop("published_at", timezone.now() - ago),
        status=fields.pop("status", Entry.Status.PUBLISHED),
        **fields,
    )
    entry.full_clean()
    entry.save()
    return entry


def make_tag(language, name) -> Tag:
    from django.utils.text import slugify

    return Tag.objects.create(language=language, name=name, slug=slugify(name, allow_unicode=True))

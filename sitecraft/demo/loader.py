"""Load the demo site (an economic cooperation zone) from ``sitecraft.demo.content``."""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable
from datetime import date, datetime

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image, ImageDraw, ImageFont

from sitecraft.columns.models import Banner, Column, ParamDefinition
from sitecraft.content.models import Attachment, Entry, GalleryImage, Tag
from sitecraft.demo import content as data
from sitecraft.sites.models import Language, SiteSettings

UI_LOCALES = {"en": "en", "zh": "zh-hans", "ru": "ru"}


def _hex(color: str) -> tuple[int, int, int]:
    color = color.lstrip("#")
    return tuple(int(color[i : i + 2], 16) for i in (0, 2, 4))


def render_image(spec: dict) -> bytes:
    """Draw a gradient picture with its label: the demo ships no binary files."""
    width, height = spec["size"]
    start, end = (_hex(c) for c in (spec["colors"] + spec["colors"])[:2])
    # A horizontal gradient: interpolate once across 256 columns, then scale up.
    strip = Image.new("RGB", (256, 1))
    strip.putdata(
        [
            tuple(round(a + (b - a) * x / 255) for a, b in zip(start, end, strict=True))
            for x in range(256)
        ]
    )
    image = strip.resize((width, height), Image.Resampling.BILINEAR)
    draw = ImageDraw.Draw(image)
    label = spec.get("label", "")
    if label:
        size = max(14, height // 9)
        font = ImageFont.load_default(size=size)
        box = draw.textbbox((0, 0), label, font=font)
        while box[2] - box[0] > width * 0.86 and size > 12:  # shrink long labels to fit
            size -= 2
            font = ImageFont.load_default(size=size)
            box = draw.textbbox((0, 0), label, font=font)
        x = (width - (box[2] - box[0])) / 2
        y = (height - (box[3] - box[1])) / 2
        draw.text((x + 2, y + 2), label, font=font, fill=(0, 0, 0))
        draw.text((x, y), label, font=font, fill=(255, 255, 255))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=82, optimize=True, progressive=True)
    return out.getvalue()


def render_file(spec: dict) -> bytes:
    """Make a small real document: a one-page PDF of the text, or plain text."""
    text = spec.get("text", "")
    if spec.get("kind") == "pdf":
        page = Image.new("RGB", (1240, 1754), "white")
        draw = ImageDraw.Draw(page)
        font = ImageFont.load_default(size=28)
        y = 120
        for line in text.splitlines() or [text]:
            draw.text((110, y), line, font=font, fill=(20, 20, 20))
            y += 44
        out = io.BytesIO()
        page.save(out, format="PDF", resolution=150)
        return out.getvalue()
    return text.encode("utf-8")


def _aware(value: str) -> datetime:
    return timezone.make_aware(datetime.strptime(value, "%Y-%m-%d %H:%M:%S"))


def _slug(text: str, limit: int = 80) -> str:
    slug = slugify(text)[:limit].strip("-")
    return slug or uuid.uuid4().hex[:12]


def site_is_empty() -> bool:
    return not (Column.objects.exists() or Entry.objects.exists())


def load_demo(progress: Callable[[str], None] | None = None) -> bool:
    """Load the demo into an empty site; return ``False`` (and change nothing) otherwise."""
    say = progress or (lambda _msg: None)
    with transaction.atomic():
        if not site_is_empty():
            return False
        say("Languages and settings…")
        languages = _load_languages()
        say("Images and files…")
        images = {
            key: _store(f"demo/{key}.jpg", render_image(spec)) for key, spec in data.IMAGES.items()
        }
        files = {
            key: _store(f"demo/{spec['name']}", render_file(spec))
            for key, spec in data.FILES.items()
        }
        say("Columns…")
        columns: dict[tuple[str, str], Column] = {}
        for position, spec in enumerate(data.COLUMNS):
            _load_column(spec, None, languages, columns, images, position)
        say("Entries…")
        tags: dict[tuple[str, str], Tag] = {}
        for number, spec in enumerate(data.ENTRIES, start=1):
            _load_entry(spec, languages, columns, images, files, tags)
            if number % 10 == 0:
                say(f"  {number}/{len(data.ENTRIES)}")
        for position, spec in enumerate(data.BANNERS):
            for code, language in languages.items():
                if code not in spec["title"]:
                    continue
                target = columns.get((code, spec.get("link_column", "")))
                Banner.objects.create(
                    language=language,
                    image=images[spec["image"]],
                    title=spec["title"][code],
                    text=spec.get("text", {}).get(code, ""),
                    link=f"/{code}/{target.folder}/" if target else "",
                    sort_order=position,
                )
    return True


def _store(name: str, payload: bytes) -> str:
    if default_storage.exists(name):
        default_storage.delete(name)
    return default_storage.save(name, ContentFile(payload))


def _load_languages() -> dict[str, Language]:
    languages = {}
    for position, spec in enumerate(data.LANGUAGES):
        language, _created = Language.objects.update_or_create(
            code=spec["code"],
            defaults={
                "name": spec["name"],
                "native_name": spec["native_name"],
                "html_lang": spec["html_lang"],
                "ui_locale": UI_LOCALES.get(spec["code"], "en"),
                "is_default": spec.get("default", False),
                "sort_order": position,
            },
        )
        site = data.SITE.get(spec["code"], {})
        SiteSettings.objects.update_or_create(
            language=language,
            defaults={
                key: site.get(key, "")
                for key in (
                    "site_name",
                    "tagline",
                    "seo_title",
                    "seo_keywords",
                    "seo_description",
                    "address",
                    "phone",
                    "email",
                    "footer_text",
                    "icp",
                )
            },  # fmt: skip
        )
        languages[spec["code"]] = language
    return languages


def _load_column(spec, parent_key, languages, columns, images, position) -> None:
    key = uuid.uuid4()
    for code, language in languages.items():
        if code not in spec["name"]:
            continue
        parent = columns.get((code, parent_key)) if parent_key else None
        column = Column(
            language=language,
            parent=parent,
            module=spec["module"],
            name=spec["name"][code],
            folder=spec["folder"],
            translation_key=key,
            nav=spec.get("nav", "header"),
            sort_order=position,
            per_page=spec.get("per_page", 12),
            list_order=spec.get("list_order", "time"),
            intro=spec.get("intro", {}).get(code, ""),
            body=spec.get("body", {}).get(code, ""),
            external_url=spec.get("external_url", ""),
            seo_description=spec.get("seo_description", {}).get(code, ""),
        )
        column.full_clean()
        column.save()
        columns[(code, spec["key"])] = column
        for order, param in enumerate(spec.get("params", [])):
            ParamDefinition.objects.create(
                column=column,
                key=param["key"],
                label=param["label"].get(code) or param["label"]["en"],
                type=param["type"],
                options=param.get("options", []),
                required=param.get("required", False),
                sort_order=order,
            )
        if spec.get("banner"):
            Banner.objects.create(
                language=language, column=column, image=images[spec["banner"]], title=column.name
            )
    for child_position, child in enumerate(spec.get("children", [])):
        _load_column(child, spec["key"], languages, columns, images, child_position)


def _load_entry(spec, languages, columns, images, files, tags) -> None:
    key = uuid.uuid4()
    slug = spec.get("slug") or _slug(spec["title"].get("en") or next(iter(spec["title"].values())))
    job = spec.get("job", {})
    for code, language in languages.items():
        if code not in spec["title"] or (code, spec["column"]) not in columns:
            continue
        column = columns[(code, spec["column"])]
        entry = Entry(
            language=language,
            column=column,
            translation_key=key,
            title=spec["title"][code],
            slug=slug,
            summary=spec.get("summary", {}).get(code, ""),
            body=spec.get("body", {}).get(code, ""),
            cover=images.get(spec.get("cover", ""), ""),
            author=spec.get("author", "admin"),
            source=spec.get("source", {}).get(code, ""),
            published_at=_aware(spec["published"]),
            status=spec.get("status", Entry.Status.PUBLISHED),
            is_pinned=spec.get("pinned", False),
            is_recommended=spec.get("recommended", False),
            sort_order=spec.get("sort", 0),
            hits=spec.get("hits", 0),
            external_url=spec.get("external_url", ""),
            params=spec.get("params", {}),
            job_location=job.get("location", {}).get(code, ""),
            job_openings=job.get("openings"),
            job_deadline=date.fromisoformat(job["deadline"]) if job.get("deadline") else None,
            job_salary=job.get("salary", {}).get(code, ""),
        )
        entry.full_clean()
        entry.save()
        for name in spec.get("tags", {}).get(code, []):
            tag_slug = slugify(name, allow_unicode=True) or uuid.uuid4().hex[:8]
            tag = tags.get((code, tag_slug))
            if tag is None:
                tag = tags[(code, tag_slug)] = Tag.objects.create(
                    language=language, name=name, slug=tag_slug
                )
            entry.tags.add(tag)
        for order, image_key in enumerate(spec.get("gallery", [])):
            GalleryImage.objects.create(entry=entry, image=images[image_key], sort_order=order)
        for order, file_key in enumerate(spec.get("attachments", [])):
            Attachment.objects.create(
                entry=entry,
                file=files[file_key],
                title=data.FILES[file_key]["name"],
                sort_order=order,
            )

"""Entries of every module in one table, with their tags, gallery images and attachments."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sitecraft.columns.models import Column
from sitecraft.content.html import sanitize_html
from sitecraft.content.params import validate_params
from sitecraft.sites.models import Language

SLUG_MAX = 200


class Tag(models.Model):
    """A keyword in one language that groups entries across modules."""

    language = models.ForeignKey(Language, on_delete=models.CASCADE, verbose_name=_("language"))
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=120, allow_unicode=True)
    seo_title = models.CharField(_("SEO title"), max_length=300, blank=True)
    seo_keywords = models.CharField(_("SEO keywords"), max_length=500, blank=True)
    seo_description = models.TextField(_("SEO description"), max_length=1000, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("tag")
        verbose_name_plural = _("tags")
        constraints = [
            models.UniqueConstraint(fields=["language", "slug"], name="tag_slug_per_language")
        ]

    def __str__(self) -> str:
        return self.name


class EntryQuerySet(models.QuerySet):
    def public(self, now=None):
        """Entries a visitor may see listed: published, due, not deleted, in a shown column."""
        now = now or timezone.now()
        return self.filter(
            status=Entry.Status.PUBLISHED,
            published_at__lte=now,
            deleted_at__isnull=True,
            column__is_hidden=False,
            column__hidden_by_parent=False,
        )


class Entry(models.Model):
    """One piece of content (article, product, download, photo set, job, link) in one language."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        PUBLISHED = "published", _("published")
        HIDDEN = "hidden", _("hidden")

    language = models.ForeignKey(Language, on_delete=models.CASCADE, verbose_name=_("language"))
    column = models.ForeignKey(
        Column, on_delete=models.PROTECT, related_name="entries", verbose_name=_("column")
    )
    module = models.CharField(_("module"), max_length=32, editable=False, db_index=True)
    translation_key = models.UUIDField(_("translation group"), default=uuid.uuid4, db_index=True)
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(
        _("slug"),
        max_length=SLUG_MAX,
        allow_unicode=True,
        blank=True,
        help_text=_("Leave empty to make one from the title."),
    )
    summary = models.TextField(_("summary"), blank=True, max_length=2000)
    body = models.TextField(_("body"), blank=True)
    cover = models.ImageField(
        _("cover image"), upload_to="covers/%Y%m/", blank=True, max_length=300
    )
    author = models.CharField(_("author"), max_length=100, blank=True)
    source = models.CharField(_("source"), max_length=200, blank=True)
    published_at = models.DateTimeField(
        _("publish time"), default=timezone.now, help_text=_("A future time schedules the entry.")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    is_pinned = models.BooleanField(_("pinned to top"), default=False)
    is_recommended = models.BooleanField(_("recommended"), default=False)
    sort_order = models.IntegerField(_("sort number"), default=0)
    hits = models.PositiveIntegerField(_("hits"), default=0)
    tags = models.ManyToManyField(Tag, blank=True, related_name="entries", verbose_name=_("tags"))
    seo_title = models.CharField(_("SEO title"), max_length=300, blank=True)
    seo_keywords = models.CharField(_("SEO keywords"), max_length=500, blank=True)
    seo_description = models.TextField(_("SEO description"), max_length=1000, blank=True)
    external_url = models.URLField(_("external URL"), blank=True, max_length=500)
    params = models.JSONField(_("custom parameters"), default=dict, blank=True)
    read_level = models.PositiveSmallIntegerField(_("read permission level"), default=0)
    job_location = models.CharField(_("job location"), max_length=200, blank=True)
    job_openings = models.PositiveIntegerField(_("openings"), null=True, blank=True)
    job_deadline = models.DateField(_("application deadline"), null=True, blank=True)
    job_salary = models.CharField(_("salary"), max_length=100, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    deleted_at = models.DateTimeField(_("deleted"), null=True, blank=True, db_index=True)

    objects = EntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("entry")
        verbose_name_plural = _("entries")
        constraints = [
            models.UniqueConstraint(fields=["column", "slug"], name="entry_slug_per_column")
        ]
        indexes = [
            models.Index(fields=["column", "status", "published_at"], name="entry_column_list"),
            models.Index(fields=["language", "status", "published_at"], name="entry_language_list"),
            models.Index(
                fields=["language", "is_recommended", "published_at"], name="entry_recommended"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if self.column_id:
            column = self.column
            if not self.slug and self.title:
                from sitecraft.content.slugs import make_slug, unique_slug

                base = make_slug(self.title, language_code=column.language.code) or "entry"
                siblings = Entry.objects.filter(column=column).exclude(pk=self.pk)
                self.slug = unique_slug(siblings, base)
            if column.language_id != self.language_id:
                raise ValidationError({"column": _("The column must be in the entry's language.")})
            from sitecraft.columns.modules import get_module

            if not get_module(column.module).has_entries:
                raise ValidationError({"column": _("This column's module has no entries.")})
            self.params = validate_params(column.params.all(), self.params)

    def save(self, *args, **kwargs) -> None:
        # Derived and sanitised fields are kept true on every write path (admin, import, API).
        if self.column_id:
            self.module = self.column.module
            self.language_id = self.column.language_id
        self.body = sanitize_html(self.body)
        super().save(*args, **kwargs)

    @property
    def is_scheduled(self) -> bool:
        return self.status == self.Status.PUBLISHED and self.published_at > timezone.now()

    def is_public(self, now=None) -> bool:
        """Whether a visitor may see this entry now (the Python twin of ``public()``)."""
        now = now or timezone.now()
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at <= now
            and self.deleted_at is None
            and self.column.is_public
        )


class GalleryImage(models.Model):
    """One image of an entry's gallery (products, photo sets)."""

    entry = models.ForeignKey(
        Entry, on_delete=models.CASCADE, related_name="gallery", verbose_name=_("entry")
    )
    image = models.ImageField(_("image"), upload_to="gallery/%Y%m/", max_length=300)
    caption = models.CharField(_("caption"), max_length=200, blank=True)
    sort_order = models.IntegerField(_("sort number"), default=0)

    class Meta:
        ordering = ["sort_order", "id"]
        verbose_name = _("gallery image")
        verbose_name_plural = _("gallery images")

    def __str__(self) -> str:
        return self.caption or self.image.name


class Attachment(models.Model):
    """A downloadable file of an entry."""

    entry = models.ForeignKey(
        Entry, on_delete=models.CASCADE, related_name="attachments", verbose_name=_("entry")
    )
    file = models.FileField(_("file"), upload_to="files/%Y%m/", max_length=300)
    title = models.CharField(_("title"), max_length=200)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0, editable=False)
    download_level = models.PositiveSmallIntegerField(_("download permission level"), default=0)
    sort_order = models.IntegerField(_("sort number"), default=0)

    class Meta:
        ordering = ["sort_order", "id"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        if self.file:
            try:
                self.size = self.file.size
            except OSError:
                self.size = 0
        super().save(*args, **kwargs)

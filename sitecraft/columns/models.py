"""Columns (栏目): the site's tree of sections, each served by a content module."""

import uuid

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from sitecraft.columns.modules import module_choices
from sitecraft.content.html import sanitize_html
from sitecraft.sites.models import Language

MAX_DEPTH = 3

folder_validator = RegexValidator(
    r"^[a-z0-9]+(?:-[a-z0-9]+)*$",
    _("Use lowercase letters, digits and hyphens, e.g. “company-news”."),
)
RESERVED_FOLDERS = {"feed", "api", "rss"}  # kept free for per-language feeds and the API
# These folders are routed to a built-in page; only a column of that module may use them.
MODULE_FOLDERS = {"search": "search", "tags": "tag"}


class Column(models.Model):
    """A section of the site in one language: a node of a tree up to three levels deep."""

    class Nav(models.TextChoices):
        NONE = "none", _("not in navigation")
        HEADER = "header", _("header")
        FOOTER = "footer", _("footer")
        BOTH = "both", _("header and footer")

    class ListOrder(models.TextChoices):
        TIME = "time", _("newest first")
        TIME_ASC = "time_asc", _("oldest first")
        SORT = "sort", _("sort number")
        HITS = "hits", _("most read")
        TITLE = "title", _("title")

    language = models.ForeignKey(Language, on_delete=models.CASCADE, verbose_name=_("language"))
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent column"),
    )
    level = models.PositiveSmallIntegerField(_("level"), default=1, editable=False)
    module = models.CharField(_("module"), max_length=32, choices=module_choices())
    name = models.CharField(_("name"), max_length=100)
    folder = models.CharField(
        _("folder name"),
        max_length=64,
        validators=[folder_validator],
        blank=True,
        help_text=_("Used in URLs: /{language}/{folder}/. Leave empty to make one from the name."),
    )
    translation_key = models.UUIDField(_("translation group"), default=uuid.uuid4, db_index=True)
    nav = models.CharField(_("navigation"), max_length=8, choices=Nav.choices, default=Nav.HEADER)
    new_window = models.BooleanField(_("open in a new window"), default=False)
    is_hidden = models.BooleanField(
        _("hidden"), default=False, help_text=_("Hidden columns and their entries are not public.")
    )
    hidden_by_parent = models.BooleanField(default=False, editable=False)
    sort_order = models.IntegerField(_("sort number"), default=0)
    per_page = models.PositiveSmallIntegerField(
        _("entries per page"), default=12, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    list_order = models.CharField(
        _("list order"), max_length=10, choices=ListOrder.choices, default=ListOrder.TIME
    )
    thumb_width = models.PositiveSmallIntegerField(_("thumbnail width"), default=400)
    thumb_height = models.PositiveSmallIntegerField(_("thumbnail height"), default=300)
    intro = models.TextField(_("introduction"), blank=True, max_length=2000)
    body = models.TextField(_("page content"), blank=True)
    external_url = models.URLField(_("external URL"), blank=True, max_length=500)
    seo_title = models.CharField(_("SEO title"), max_length=300, blank=True)
    seo_keywords = models.CharField(_("SEO keywords"), max_length=500, blank=True)
    seo_description = models.TextField(_("SEO description"), max_length=1000, blank=True)
    read_level = models.PositiveSmallIntegerField(
        _("read permission level"), default=0, help_text=_("0: everyone; higher: members only.")
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["sort_order", "id"]
        verbose_name = _("column")
        verbose_name_plural = _("columns")
        constraints = [
            models.UniqueConstraint(
                fields=["language", "folder"], name="column_folder_per_language"
            )
        ]
        indexes = [models.Index(fields=["language", "parent", "sort_order"])]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if not self.folder and self.name and self.language_id:
            from sitecraft.content.slugs import make_slug, unique_slug

            base = make_slug(self.name, language_code=self.language.code)[:64] or "column"
            self.folder = unique_slug(
                Column.objects.filter(language_id=self.language_id).exclude(pk=self.pk),
                base,
                field="folder",
                reserved=RESERVED_FOLDERS
                | {folder for folder, module in MODULE_FOLDERS.items() if module != self.module},
                limit=64,
            )
        if (
            self.folder in RESERVED_FOLDERS
            or MODULE_FOLDERS.get(self.folder, self.module) != self.module
        ):
            raise ValidationError({"folder": _("This folder name is reserved.")})
        if self.parent_id:
            parent = self.parent
            if parent.language_id != self.language_id:
                raise ValidationError({"parent": _("The parent must be in the same language.")})
            if parent.level >= MAX_DEPTH:
                raise ValidationError(
                    {
                        "parent": _("Columns can be nested at most %(n)d levels deep.")
                        % {"n": MAX_DEPTH}
                    }
                )
            node = parent
            while node is not None:
                if self.pk and node.pk == self.pk:
                    raise ValidationError({"parent": _("A column cannot be inside itself.")})
                node = node.parent
        if self.module == "external" and not self.external_url:
            raise ValidationError({"external_url": _("An external link column needs a URL.")})

    def save(self, *args, **kwargs) -> None:
        # The level is derived, and rich HTML is sanitised on every write path (admin, import, API).
        self.level = (self.parent.level + 1) if self.parent_id else 1
        self.hidden_by_parent = bool(
            self.parent_id and (self.parent.is_hidden or self.parent.hidden_by_parent)
        )
        self.body = sanitize_html(self.body)
        super().save(*args, **kwargs)
        # Hiding a column hides everything below it; keep the derived flag of the subtree true.
        for child in self.children.all():
            if (
                child.hidden_by_parent != (self.is_hidden or self.hidden_by_parent)
                or child.level != self.level + 1
            ):
                child.save()

    @property
    def is_public(self) -> bool:
        return not (self.is_hidden or self.hidden_by_parent)


class Banner(models.Model):
    """A slide: of the home page (no column) or of a column's header."""

    language = models.ForeignKey(Language, on_delete=models.CASCADE, verbose_name=_("language"))
    column = models.ForeignKey(
        Column,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="banners",
        verbose_name=_("column"),
        help_text=_("Empty: the home page."),
    )
    image = models.ImageField(_("image"), upload_to="banners/%Y%m/")
    title = models.CharField(_("title"), max_length=200, blank=True)
    text = models.CharField(_("text"), max_length=500, blank=True)
    link = models.CharField(_("link"), max_length=500, blank=True)
    button_text = models.CharField(_("button text"), max_length=60, blank=True)
    sort_order = models.IntegerField(_("sort number"), default=0)
    is_active = models.BooleanField(_("shown"), default=True)

    class Meta:
        ordering = ["sort_order", "id"]
        verbose_name = _("banner")
        verbose_name_plural = _("banners")

    def __str__(self) -> str:
        return self.title or self.image.name


class ParamDefinition(models.Model):
    """A custom parameter of a column's entries (price, model, brochure...)."""

    class Type(models.TextChoices):
        TEXT = "text", _("text")
        NUMBER = "number", _("number")
        SELECT = "select", _("select")
        IMAGE = "image", _("image")
        FILE = "file", _("file")

    column = models.ForeignKey(
        Column, on_delete=models.CASCADE, related_name="params", verbose_name=_("column")
    )
    key = models.SlugField(_("key"), max_length=40)
    label = models.CharField(_("label"), max_length=100)
    type = models.CharField(_("type"), max_length=8, choices=Type.choices, default=Type.TEXT)
    options = models.JSONField(_("options"), default=list, blank=True)
    required = models.BooleanField(_("required"), default=False)
    read_level = models.PositiveSmallIntegerField(_("read permission level"), default=0)
    sort_order = models.IntegerField(_("sort number"), default=0)

    class Meta:
        ordering = ["sort_order", "id"]
        verbose_name = _("custom parameter")
        verbose_name_plural = _("custom parameters")
        constraints = [
            models.UniqueConstraint(fields=["column", "key"], name="param_key_per_column")
        ]

    def __str__(self) -> str:
        return self.label

    def clean(self) -> None:
        if self.type == self.Type.SELECT:
            if not isinstance(self.options, list) or not self.options:
                raise ValidationError({"options": _("A select parameter needs a list of options.")})
            if not all(isinstance(o, str) and o.strip() for o in self.options):
                raise ValidationError({"options": _("Options must be non-empty texts.")})

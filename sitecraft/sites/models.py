"""Languages of the site, per-language site settings and the site's change generation."""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from sitecraft.content.html import sanitize_html

language_code_validator = RegexValidator(
    r"^[a-z]{2,3}(-[a-z0-9]{2,8})?$",
    _("Use lowercase letters, e.g. “en”, “zh” or “zh-hant”."),
)


class Language(models.Model):
    """A language the public site is published in, with its URL prefix and optional domain."""

    code = models.CharField(
        _("code"),
        max_length=16,
        unique=True,
        validators=[language_code_validator],
        help_text=_("Used in URLs: /{code}/…"),
    )
    name = models.CharField(_("name"), max_length=64)
    native_name = models.CharField(_("native name"), max_length=64)
    html_lang = models.CharField(
        _("HTML language tag"), max_length=16, help_text=_("BCP 47 tag, e.g. en, zh-CN, ru.")
    )
    ui_locale = models.CharField(
        _("interface locale"),
        max_length=16,
        default="en",
        help_text=_("Locale of the theme's wording: en, zh-hans or ru."),
    )
    is_default = models.BooleanField(_("default language"), default=False)
    is_active = models.BooleanField(_("published"), default=True)
    domain = models.CharField(
        _("own domain"), max_length=253, blank=True, help_text=_("Optional, e.g. cn.example.com")
    )
    sort_order = models.IntegerField(_("sort number"), default=0)
    text_direction = models.CharField(
        _("text direction"), max_length=3, choices=[("ltr", "LTR"), ("rtl", "RTL")], default="ltr"
    )

    class Meta:
        ordering = ["sort_order", "id"]
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    def __str__(self) -> str:
        return f"{self.native_name} ({self.code})"

    def save(self, *args, **kwargs) -> None:
        # Exactly one default: MariaDB has no partial unique index to enforce it.
        super().save(*args, **kwargs)
        if self.is_default:
            Language.objects.exclude(pk=self.pk).filter(is_default=True).update(is_default=False)


TITLE_PLACEHOLDERS = ("{page}", "{column}", "{site}")
DEFAULT_TITLE_PATTERN = "{page} - {column} - {site}"
TITLE_PATTERN_MAX = 200
ROBOTS_MAX_BYTES = 10 * 1024
_PLACEHOLDER_RE = re.compile(r"\{(?:page|column|site)\}")


def validate_title_pattern(value: str) -> None:
    """Refuse braces other than the ``{page}``, ``{column}`` and ``{site}`` placeholders."""
    if len(value) > TITLE_PATTERN_MAX:
        raise ValidationError(
            _("Use at most %(n)d characters.") % {"n": TITLE_PATTERN_MAX}, code="max_length"
        )
    rest = _PLACEHOLDER_RE.sub("", value)
    if "{" in rest or "}" in rest:
        raise ValidationError(
            _("Only the placeholders {page}, {column} and {site} may be used."),
            code="placeholder",
        )


def clean_robots_txt(text: str) -> str:
    """Return ``text`` with Unix line ends, without control characters, at most 10 KB."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(
        ch for ch in text if ch in "\n\t" or not unicodedata.category(ch).startswith("C")
    )
    encoded = text.encode("utf-8")
    if len(encoded) > ROBOTS_MAX_BYTES:
        text = encoded[:ROBOTS_MAX_BYTES].decode("utf-8", "ignore")
    return text.strip()


class SiteSettings(models.Model):
    """Per-language site identity: name, SEO defaults, contact details, footer."""

    language = models.OneToOneField(
        Language, on_delete=models.CASCADE, related_name="settings", verbose_name=_("language")
    )
    site_name = models.CharField(_("site name"), max_length=200)
    tagline = models.CharField(_("tagline"), max_length=300, blank=True)
    logo = models.ImageField(_("logo"), upload_to="site/", blank=True)
    seo_title = models.CharField(_("SEO title"), max_length=300, blank=True)
    seo_keywords = models.CharField(_("SEO keywords"), max_length=500, blank=True)
    seo_description = models.TextField(_("SEO description"), max_length=1000, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    phone = models.CharField(_("phone"), max_length=64, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    footer_text = models.TextField(_("footer text"), max_length=2000, blank=True)
    icp = models.CharField(_("ICP registration number"), max_length=100, blank=True)
    title_pattern = models.CharField(
        _("page title pattern"),
        max_length=TITLE_PATTERN_MAX,
        default=DEFAULT_TITLE_PATTERN,
        validators=[validate_title_pattern],
        help_text=_(
            "Placeholders: {page}, {column}, {site}. Empty parts are left out with their "
            "separator; an entry's own SEO title replaces the whole title."
        ),
    )
    not_found_html = models.TextField(
        _("“page not found” text"),
        blank=True,
        help_text=_("Shown on this language's 404 page instead of the standard text."),
    )
    robots_txt = models.TextField(
        _("robots.txt"),
        blank=True,
        validators=[MaxLengthValidator(ROBOTS_MAX_BYTES)],
        help_text=_(
            "Only the default language's text is served. Empty: the safe default. The "
            "Sitemap line is added when missing."
        ),
    )

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def __str__(self) -> str:
        return self.site_name

    def save(self, *args, **kwargs) -> None:
        # Sanitised and capped on every write path (admin, import, API), like entry bodies.
        self.not_found_html = sanitize_html(self.not_found_html)
        self.robots_txt = clean_robots_txt(self.robots_txt)
        super().save(*args, **kwargs)


class SiteState(models.Model):
    """One row: a number bumped on every change that affects public pages.

    Processes compare it with the generation of what they hold in memory (navigation, settings)
    and reload when it moved, so every app process and node sees a change on its next request.
    """

    generation = models.BigIntegerField(default=1)
    installed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("site state")
        verbose_name_plural = _("site state")

    def __str__(self) -> str:
        return f"generation {self.generation}"

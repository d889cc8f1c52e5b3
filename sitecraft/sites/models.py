"""Languages of the site, per-language site settings and the site's change generation."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

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

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def __str__(self) -> str:
        return self.site_name


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

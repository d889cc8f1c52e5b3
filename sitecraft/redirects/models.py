"""Redirects from old addresses to new ones, answered only where the site would say 404."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

PATH_MAX = 500
MAX_CHAIN = 20


def _has_control_or_space(value: str) -> bool:
    return any(ord(ch) < 33 or ord(ch) == 127 for ch in value)


def normalize_old_path(value: str) -> str:
    """Return the path as ``request.path`` spells it: decoded, starting with one ``/``."""
    value = unquote((value or "").strip())
    if value and not value.startswith("/"):
        value = f"/{value}"
    return value


def validate_old_path(value: str) -> None:
    if not value or value == "/":
        raise ValidationError(_("Enter the old address, e.g. /news/25.html."), code="empty")
    if len(value) > PATH_MAX:
        raise ValidationError(
            _("Use at most %(n)d characters.") % {"n": PATH_MAX}, code="max_length"
        )
    if _has_control_or_space(value) or "\\" in value:
        raise ValidationError(
            _("The old address may not contain spaces, backslashes or control characters."),
            code="invalid",
        )
    if value.startswith("//"):
        raise ValidationError(_("The old address must be a path on this site."), code="invalid")
    if "?" in value or "#" in value:
        raise ValidationError(
            _("The old address is matched without its query string: leave out “?” and “#”."),
            code="invalid",
        )


def validate_new_path(value: str) -> None:
    """Allow a path on this site or an absolute http(s) URL — never ``//host`` (open redirect)."""
    if not value:
        raise ValidationError(_("Enter the new address."), code="empty")
    if len(value) > PATH_MAX:
        raise ValidationError(
            _("Use at most %(n)d characters.") % {"n": PATH_MAX}, code="max_length"
        )
    if _has_control_or_space(value) or "\\" in value:
        # Browsers read "/\evil.example" as "//evil.example".
        raise ValidationError(
            _("The new address may not contain spaces, backslashes or control characters."),
            code="invalid",
        )
    if value.startswith("/"):
        if value.startswith("//"):
            raise ValidationError(
                _("An address starting with “//” leads to another site: write http(s)://."),
                code="invalid",
            )
        return
    scheme = urlsplit(value).scheme.lower()
    if scheme not in {"http", "https"}:
        raise ValidationError(
            _("Use a path starting with “/” or an http:// or https:// address."), code="invalid"
        )
    URLValidator(schemes=["http", "https"])(value)


def is_local(path: str) -> bool:
    return path.startswith("/") and not path.startswith("//")


class Redirect(models.Model):
    """Send visitors (and search engines) from an address that no longer exists to its successor."""

    class Status(models.IntegerChoices):
        MOVED_PERMANENTLY = 301, _("301 moved permanently")
        FOUND = 302, _("302 found (temporary)")

    old_path = models.CharField(
        _("old address"),
        max_length=PATH_MAX,
        unique=True,
        validators=[validate_old_path],
        help_text=_("A path on this site, e.g. /news/25.html."),
    )
    new_path = models.CharField(
        _("new address"),
        max_length=PATH_MAX,
        validators=[validate_new_path],
        help_text=_("A path on this site (/en/news/) or an http(s):// address."),
    )
    status = models.PositiveSmallIntegerField(
        _("status"), choices=Status.choices, default=Status.MOVED_PERMANENTLY
    )
    hits = models.PositiveIntegerField(_("hits"), default=0, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_hit_at = models.DateTimeField(_("last hit"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["old_path"]
        verbose_name = _("redirect")
        verbose_name_plural = _("redirects")

    def __str__(self) -> str:
        return f"{self.old_path} → {self.new_path}"

    def clean_fields(self, exclude=None) -> None:
        # Normalise before the field validators run, so they judge what will be stored.
        self.old_path = normalize_old_path(self.old_path)
        self.new_path = (self.new_path or "").strip()
        super().clean_fields(exclude=exclude)

    def clean(self) -> None:
        if self.new_path == self.old_path:
            raise ValidationError({"new_path": _("A redirect cannot lead to itself.")})
        if is_local(self.new_path) and self._leads_back():
            raise ValidationError({"new_path": _("This redirect would create a loop.")})

    def _leads_back(self) -> bool:
        """Whether following the redirects from the new address comes back to the old one."""
        seen, current = {self.old_path}, self.new_path
        others = Redirect.objects.exclude(pk=self.pk) if self.pk else Redirect.objects.all()
        for _step in range(MAX_CHAIN):
            if current in seen:
                return True
            seen.add(current)
            following = others.filter(old_path=current).values_list("new_path", flat=True).first()
            if following is None or not is_local(following):
                return False
            current = following
        return True  # a chain this long is treated as a loop

    def save(self, *args, **kwargs) -> None:
        self.old_path = normalize_old_path(self.old_path)
        self.new_path = (self.new_path or "").strip()
        super().save(*args, **kwargs)

"""Validation of entries' custom parameters against their column's definitions."""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_TEXT = 500
IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".gif", ".webp"}
FILE_EXTENSIONS = IMAGE_EXTENSIONS | {
    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".txt", ".csv", ".zip", ".rar",
    ".7z", ".odt", ".ods", ".mp4",
}  # fmt: skip


def _media_path(value: str, extensions: set[str]) -> str:
    """Accept a relative media path that cannot climb out of the media root."""
    norm = posixpath.normpath(value.replace("\\", "/"))
    if (
        value.startswith("/")
        or norm.startswith("..")
        or "\x00" in value
        or posixpath.splitext(norm)[1].lower() not in extensions
    ):
        raise ValueError
    return norm


def validate_params(definitions: Iterable, values: dict | None) -> dict:
    """Return the cleaned parameter values, or raise ``ValidationError`` naming each bad one.

    Unknown keys are refused rather than stored: the column's definitions are the schema.
    """
    if values is None:
        values = {}
    if not isinstance(values, dict):
        raise ValidationError({"params": _("Custom parameters must be a mapping.")})
    defs = {d.key: d for d in definitions}
    errors: dict[str, str] = {}
    cleaned: dict[str, object] = {}
    for key in values:
        if key not in defs:
            errors[str(key)[:40]] = _("Unknown parameter.")
    for key, definition in defs.items():
        raw = values.get(key)
        if raw is None or (isinstance(raw, str) and raw.strip() == ""):
            if definition.required:
                errors[key] = _("This parameter is required.")
            continue
        try:
            cleaned[key] = _clean_value(definition, raw)
        except (ValueError, TypeError, InvalidOperation):
            errors[key] = _("Invalid value for “%(label)s”.") % {"label": definition.label}
    if errors:
        raise ValidationError({"params": [f"{k}: {v}" for k, v in errors.items()]})
    return cleaned


def _clean_value(definition, raw) -> object:
    kind = definition.type
    if kind == "number":
        if isinstance(raw, bool):
            raise TypeError
        number = Decimal(str(raw).strip())
        if not number.is_finite() or abs(number) >= Decimal(10) ** 15:
            raise ValueError
        return int(number) if number == number.to_integral_value() else float(number)
    if not isinstance(raw, str):
        raise TypeError
    text = raw.strip()
    if len(text) > MAX_TEXT or "\x00" in text:
        raise ValueError
    if kind == "select":
        if text not in definition.options:
            raise ValueError
        return text
    if kind == "image":
        return _media_path(text, IMAGE_EXTENSIONS)
    if kind == "file":
        return _media_path(text, FILE_EXTENSIONS)
    return text

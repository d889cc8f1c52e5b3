"""Bump the site generation whenever something that public pages show changes."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from sitecraft.sites.services import bump_generation

TRACKED = {
    ("sites", "language"),
    ("sites", "sitesettings"),
    ("columns", "column"),
    ("columns", "banner"),
    ("columns", "paramdefinition"),
    ("content", "entry"),
    ("content", "tag"),
    ("content", "galleryimage"),
    ("content", "attachment"),
}


def _tracked(sender) -> bool:
    meta = getattr(sender, "_meta", None)
    return meta is not None and (meta.app_label, meta.model_name) in TRACKED


@receiver(post_save)
@receiver(post_delete)
def after_change(sender, raw=False, **kwargs) -> None:
    if not raw and _tracked(sender):
        bump_generation()


@receiver(m2m_changed)
def after_m2m_change(sender, action, **kwargs) -> None:
    if action in {"post_add", "post_remove", "post_clear"}:
        bump_generation()

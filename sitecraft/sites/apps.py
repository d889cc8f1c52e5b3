from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SitesConfig(AppConfig):
    name = "sitecraft.sites"
    label = "sites"
    verbose_name = _("Site and languages")

    def ready(self) -> None:
        from sitecraft.sites import signals  # noqa: F401

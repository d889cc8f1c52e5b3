from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RedirectsConfig(AppConfig):
    name = "sitecraft.redirects"
    label = "redirects"
    verbose_name = _("Redirects")

    def ready(self) -> None:
        from sitecraft.redirects import signals  # noqa: F401

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "sitecraft.core"
    label = "sitecraft_core"
    verbose_name = _("Sitecraft core")

    def ready(self) -> None:
        from sitecraft.core import checks  # noqa: F401  (registers the system checks)

"""System checks: production mode refuses unsafe settings with a clear message."""

from django.conf import settings
from django.core.checks import Error, Tags, register

from sitecraft.conf import CONFIG


@register(Tags.security, deploy=False)
def check_production_settings(app_configs=None, **kwargs) -> list[Error]:
    """In production mode (``SITECRAFT_PRODUCTION=1``), refuse settings that are unsafe there."""
    if not CONFIG.production:
        return []
    errors = []
    if settings.DEBUG:
        errors.append(
            Error(
                "SITECRAFT_DEBUG is on in production mode.",
                hint="Unset SITECRAFT_DEBUG: debug pages show settings and source code.",
                id="sitecraft.E001",
            )
        )
    if not CONFIG.secret_key_from_env or len(CONFIG.secret_key) < 50:
        errors.append(
            Error(
                "SECRET_KEY must be set in the environment, at least 50 characters, in production.",
                hint="Generate one with: python3 -c 'import secrets; print(secrets.token_urlsafe(50))'",
                id="sitecraft.E002",
            )
        )
    hosts = settings.ALLOWED_HOSTS
    if not hosts or "*" in hosts or any(h in {"127.0.0.1", "localhost", "[::1]"} for h in hosts):
        errors.append(
            Error(
                "ALLOWED_HOSTS must list the site's real host names in production.",
                hint="For example: ALLOWED_HOSTS=www.example.com,example.com",
                id="sitecraft.E003",
            )
        )
    if not settings.SITECRAFT_BASE_URL.startswith("https://"):
        errors.append(
            Error(
                "SITECRAFT_BASE_URL must be an https:// URL in production.",
                hint="Links in e-mails, sitemaps and feeds are built from it.",
                id="sitecraft.E004",
            )
        )
    return errors

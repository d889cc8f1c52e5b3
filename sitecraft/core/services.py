"""Installing Sitecraft: the data directory, the database, the first administrator."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from sitecraft.sites.models import SiteState


@dataclass(frozen=True)
class InitResult:
    created_admin: bool
    username: str
    password: str | None
    migrated: bool
    already_installed: bool


def is_installed() -> bool:
    """Whether ``init`` has completed: a fact in the database, not a lock file."""
    return SiteState.objects.filter(pk=1, installed_at__isnull=False).exists()


def _pending_migrations() -> bool:
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def init_site(*, admin_user: str = "admin", verbosity: int = 1) -> InitResult:
    """Create the data directory, migrate the database and create the first administrator."""
    for folder in (settings.DATA_DIR, settings.MEDIA_ROOT, settings.DATA_DIR / "backups"):
        folder.mkdir(parents=True, exist_ok=True)
    migrated = _pending_migrations()
    if migrated:
        call_command("migrate", interactive=False, verbosity=max(verbosity - 1, 0))
    call_command("collectstatic", interactive=False, verbosity=0)
    user_model = get_user_model()
    password = None
    created = False
    with transaction.atomic():
        state, _ = SiteState.objects.select_for_update().get_or_create(pk=1)
        already = state.installed_at is not None
        if not user_model.objects.filter(is_superuser=True).exists():
            password = os.environ.get("SITECRAFT_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
            user_model.objects.create_superuser(username=admin_user, email="", password=password)
            created = True
        if not already:
            state.installed_at = timezone.now()
            state.save(update_fields=["installed_at"])
    shown = password if created and not os.environ.get("SITECRAFT_ADMIN_PASSWORD") else None
    return InitResult(
        created_admin=created,
        username=admin_user,
        password=shown,
        migrated=migrated,
        already_installed=already,
    )

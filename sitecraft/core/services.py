"""Installing Sitecraft: the data directory, the database, the first administrator."""

from __future__ import annotations

import os
import re
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


def ensure_database() -> bool:
    """Create the configured PostgreSQL or MariaDB/MySQL database if it does not exist yet.

    Return whether it was created. SQLite creates its file on first connection.
    """
    from django.db import connection

    db = settings.DATABASES["default"]
    vendor = connection.vendor
    if vendor not in ("postgresql", "mysql"):
        return False
    try:
        connection.ensure_connection()
        return False
    except Exception:  # noqa: BLE001 - the database may simply not exist yet; we check below
        connection.close()
    name = db["NAME"]
    if not re.fullmatch(r"[A-Za-z0-9_]{1,63}", name or ""):
        raise ValueError(f"Refusing to create a database with the name {name!r}.")
    if vendor == "postgresql":
        import psycopg

        params = {
            "host": db.get("HOST") or None,
            "port": db.get("PORT") or None,
            "user": db.get("USER") or None,
            "password": db.get("PASSWORD") or None,
        }
        with psycopg.connect(dbname="postgres", autocommit=True, **params) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if not exists:
                conn.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
        return not exists
    import pymysql

    conn = pymysql.connect(
        host=db.get("HOST") or "localhost",
        port=int(db.get("PORT") or 3306),
        user=db.get("USER") or "root",
        password=db.get("PASSWORD") or "",
    )
    try:
        with conn.cursor() as cursor:
            created = cursor.execute(
                f"CREATE DATABASE IF NOT EXISTS `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
            )
        conn.commit()
    finally:
        conn.close()
    return bool(created)


def init_site(*, admin_user: str = "admin", verbosity: int = 1) -> InitResult:
    """Create the data directory, migrate the database and create the first administrator."""
    for folder in (settings.DATA_DIR, settings.MEDIA_ROOT, settings.DATA_DIR / "backups"):
        folder.mkdir(parents=True, exist_ok=True)
    ensure_database()
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

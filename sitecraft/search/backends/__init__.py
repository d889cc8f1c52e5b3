"""Pick the search backend for the database in use."""

from __future__ import annotations

from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from sitecraft.search.backends.base import SearchBackend


def get_backend() -> SearchBackend:
    """The backend for the default database's vendor (SQLite, PostgreSQL or MariaDB/MySQL)."""
    vendor = connection.vendor
    if vendor == "postgresql":
        from sitecraft.search.backends.postgres import PostgreSQLBackend

        return PostgreSQLBackend()
    if vendor == "mysql":
        from sitecraft.search.backends.mysql import MySQLBackend

        return MySQLBackend()
    if vendor == "sqlite":
        from sitecraft.search.backends.sqlite import SQLiteBackend

        return SQLiteBackend()
    raise ImproperlyConfigured(
        f"Site search supports SQLite, PostgreSQL and MariaDB/MySQL, not {vendor}."
    )

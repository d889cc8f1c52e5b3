"""Sitecraft's configuration, read once from the environment.

This is the one place that reads Sitecraft's environment variables; ``settings.py`` builds
Django's settings from it, and system checks (``sitecraft.core.checks``) validate it.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

TRUE_WORDS = {"1", "true", "yes", "on"}


def _flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in TRUE_WORDS


def _list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


@dataclass(frozen=True)
class Config:
    """The environment-derived configuration of one Sitecraft process."""

    data_dir: Path
    debug: bool
    production: bool
    database_url: str
    redis_url: str
    secret_key: str
    secret_key_from_env: bool
    allowed_hosts: list[str]
    base_url: str
    time_zone: str
    admin_prefix: str
    page_cache: bool
    force_https: bool
    www_redirect: str
    trusted_origins: list[str] = field(default_factory=list)


def _secret_key(data_dir: Path) -> tuple[str, bool]:
    env_key = os.environ.get("SECRET_KEY", "").strip()
    if env_key:
        return env_key, True
    key_file = data_dir / "secret_key"
    try:
        return key_file.read_text().strip(), False
    except FileNotFoundError:
        pass
    data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(50)
    # Create the file readable by its owner only; O_EXCL makes concurrent starts agree.
    try:
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return key_file.read_text().strip(), False
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key, False


def load() -> Config:
    """Read the configuration from the environment (and the data directory's secret key)."""
    data_dir = Path(os.environ.get("SITECRAFT_DATA_DIR", "./data")).expanduser().resolve()
    secret_key, from_env = _secret_key(data_dir)
    default_db = f"sqlite:///{data_dir / 'sitecraft.sqlite3'}"
    base_url = os.environ.get("SITECRAFT_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
    prefix = os.environ.get("SITECRAFT_ADMIN_PREFIX", "admin").strip("/") or "admin"
    return Config(
        data_dir=data_dir,
        debug=_flag("SITECRAFT_DEBUG"),
        production=_flag("SITECRAFT_PRODUCTION"),
        database_url=os.environ.get("DATABASE_URL", "").strip() or default_db,
        redis_url=os.environ.get("REDIS_URL", "").strip(),
        secret_key=secret_key,
        secret_key_from_env=from_env,
        allowed_hosts=_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"]),
        base_url=base_url,
        time_zone=os.environ.get("SITECRAFT_TIME_ZONE", "UTC"),
        admin_prefix=prefix,
        page_cache=_flag("SITECRAFT_PAGE_CACHE", default=True),
        force_https=_flag("SITECRAFT_FORCE_HTTPS"),
        www_redirect=os.environ.get("SITECRAFT_WWW_REDIRECT", "").strip().lower(),  # www|bare|""
        trusted_origins=_list("CSRF_TRUSTED_ORIGINS", []),
    )


CONFIG = load()

"""The ``sitecraft`` command: init, demo, serve and the configuration checks."""

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from sitecraft.core.management.commands.serve import parse_addr, server_argv

pytestmark = pytest.mark.django_db


def _call(*args, **kwargs) -> str:
    out = StringIO()
    call_command(*args, stdout=out, **kwargs)
    return out.getvalue()


def test_init_creates_admin_once_and_is_idempotent(monkeypatch):
    monkeypatch.delenv("SITECRAFT_ADMIN_PASSWORD", raising=False)
    first = _call("init", admin_user="chief")
    assert "Administrator created: chief" in first
    assert "Password (shown once):" in first
    password = first.split("Password (shown once): ")[1].split()[0]
    user = get_user_model().objects.get(username="chief")
    assert user.is_superuser and user.check_password(password)
    second = _call("init", admin_user="chief")
    assert "already installed: nothing to do" in second
    assert get_user_model().objects.count() == 1


def test_init_takes_password_from_environment(monkeypatch):
    monkeypatch.setenv("SITECRAFT_ADMIN_PASSWORD", "a-long-env-password")
    out = _call("init")
    assert "shown once" not in out
    assert get_user_model().objects.get(username="admin").check_password("a-long-env-password")


def test_demo_loads_only_into_an_empty_site(monkeypatch):
    monkeypatch.setenv("SITECRAFT_ADMIN_PASSWORD", "demo-password-123")
    out = _call("demo", no_serve=True, verbosity=0)
    assert "Demo site loaded." in out
    from sitecraft.content.models import Entry

    count = Entry.objects.count()
    again = _call("demo", no_serve=True, verbosity=0)
    assert "was not loaded over it" in again
    assert Entry.objects.count() == count


@pytest.mark.parametrize("addr", ["8000", "host:", ":80", "127.0.0.1:99999", "127.0.0.1:abc"])
def test_bad_addresses_are_refused(addr):
    with pytest.raises(CommandError):
        parse_addr(addr)


def test_addresses_parse():
    assert parse_addr("0.0.0.0:8080") == ("0.0.0.0", 8080)
    assert parse_addr("[::1]:8000") == ("::1", 8000)


def test_server_command_lines():
    gunicorn = server_argv("gunicorn", "127.0.0.1", 8000, 3)
    assert gunicorn[1:3] == ["-m", "gunicorn"] and "127.0.0.1:8000" in gunicorn
    granian = server_argv("granian", "::1", 8000, 2)
    assert "--blocking-threads" in granian and "::1" in granian


def test_serve_refuses_an_uninstalled_database():
    with pytest.raises(CommandError, match="sitecraft init"):
        call_command("serve", addr="127.0.0.1:8999")


def _run_cli(args, env_extra, tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SITECRAFT_", "DATABASE_URL", "DJANGO_SETTINGS"))
    }
    env.update({"SITECRAFT_DATA_DIR": str(tmp_path), "PYTHONPATH": str(Path.cwd())}, **env_extra)
    return subprocess.run(
        [sys.executable, "-m", "sitecraft", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_mode_refuses_unsafe_settings(tmp_path):
    result = _run_cli(["check"], {"SITECRAFT_PRODUCTION": "1", "SITECRAFT_DEBUG": "1"}, tmp_path)
    assert result.returncode != 0
    for code in ("sitecraft.E001", "sitecraft.E002", "sitecraft.E003", "sitecraft.E004"):
        assert code in result.stderr


def test_production_mode_accepts_safe_settings(tmp_path):
    env = {
        "SITECRAFT_PRODUCTION": "1",
        "SECRET_KEY": "k" * 60,
        "ALLOWED_HOSTS": "www.example.com",
        "SITECRAFT_BASE_URL": "https://www.example.com",
    }
    result = _run_cli(["check"], env, tmp_path)
    assert result.returncode == 0, result.stderr


def test_secret_key_is_generated_and_kept(tmp_path):
    result = _run_cli(
        ["shell", "-c", "from django.conf import settings; print(settings.SECRET_KEY)"],
        {},
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    key_file = tmp_path / "secret_key"
    assert key_file.read_text().strip() == result.stdout.strip().splitlines()[-1]
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"
    again = _run_cli(
        ["shell", "-c", "from django.conf import settings; print(settings.SECRET_KEY)"],
        {},
        tmp_path,
    )
    assert again.stdout.strip().splitlines()[-1] == result.stdout.strip().splitlines()[-1]


def test_database_url_is_honoured(tmp_path):
    db = tmp_path / "other.sqlite3"
    code = "from django.conf import settings; print(settings.DATABASES['default']['NAME'])"
    result = _run_cli(["shell", "-c", code], {"DATABASE_URL": f"sqlite:///{db}"}, tmp_path)
    assert result.stdout.strip().splitlines()[-1] == str(db)


def test_init_creates_a_missing_server_database(tmp_path):
    """On PostgreSQL and MariaDB, ``init`` creates the database itself (SQLite: the file)."""
    import uuid

    from django.db import connection

    name = f"sitecraft_init_{uuid.uuid4().hex[:10]}"
    settings_db = connection.settings_dict
    vendor = connection.vendor
    if vendor == "postgresql":
        url = f"postgres://{settings_db['USER']}@{settings_db['HOST']}:{settings_db['PORT'] or 5432}/{name}"
    elif vendor == "mysql":
        url = f"mysql://{settings_db['USER']}@{settings_db['HOST']}:{settings_db['PORT'] or 3306}/{name}"
    else:
        url = f"sqlite:///{tmp_path / 'sub' / 'site.sqlite3'}"
    env = {"DATABASE_URL": url, "SITECRAFT_ADMIN_PASSWORD": "pw-for-init-test"}
    try:
        first = _run_cli(["init"], env, tmp_path)
        assert first.returncode == 0, first.stderr
        assert "Administrator created: admin" in first.stdout
        second = _run_cli(["init"], env, tmp_path)
        assert "nothing to do" in second.stdout
    finally:
        if vendor == "postgresql":
            import psycopg

            with psycopg.connect(
                dbname="postgres",
                host=settings_db["HOST"],
                port=settings_db["PORT"] or 5432,
                user=settings_db["USER"],
                autocommit=True,
            ) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        elif vendor == "mysql":
            import pymysql

            conn = pymysql.connect(
                host=settings_db["HOST"],
                port=int(settings_db["PORT"] or 3306),
                user=settings_db["USER"],
                password="",
            )
            with conn.cursor() as cursor:
                cursor.execute(f"DROP DATABASE IF EXISTS `{name}`")
            conn.close()

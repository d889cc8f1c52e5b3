"""The ``sitecraft`` console command: Django's ``manage.py`` plus Sitecraft's own commands."""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    """Run a management command (``sitecraft init``, ``sitecraft demo``, ``sitecraft migrate``...)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sitecraft.settings")
    from sitecraft.db import install_mysql_driver

    install_mysql_driver()
    from django.core.management import execute_from_command_line

    execute_from_command_line(argv if argv is not None else sys.argv)

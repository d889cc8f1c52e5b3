"""``sitecraft import_redirects FILE.csv``: load redirects from a CSV file, all or nothing."""

from __future__ import annotations

import csv
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from sitecraft.redirects.models import PATH_MAX, Redirect, normalize_old_path

MAX_ROWS = 100_000
MAX_FILE_BYTES = 50 * 1024 * 1024


class DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""


def _reasons(error: ValidationError) -> str:
    if hasattr(error, "message_dict"):
        return "; ".join(f"{field}: {' '.join(msgs)}" for field, msgs in error.message_dict.items())
    return " ".join(error.messages)


class Command(BaseCommand):
    help = (
        "Import redirects from a CSV file with the columns old_path,new_path[,status] "
        "(status 301 or 302, default 301; a header row is optional). Bad rows are skipped and "
        "reported; the good rows are saved in one transaction."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV file, UTF-8")
        parser.add_argument(
            "--replace", action="store_true", help="Update redirects whose old path exists."
        )
        parser.add_argument(
            "--strict", action="store_true", help="Import nothing if any row is bad."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Check the file and report; save nothing."
        )

    def handle(self, *args, file, replace=False, strict=False, dry_run=False, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {file}")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise CommandError(f"The file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB.")
        imported: list[int] = []
        skipped: list[tuple[int, str]] = []
        try:
            with transaction.atomic():
                with path.open(encoding="utf-8-sig", newline="") as handle:
                    self._import(csv.reader(handle), replace, imported, skipped)
                if dry_run or (strict and skipped):
                    raise DryRun
        except UnicodeDecodeError as exc:
            raise CommandError("The file is not UTF-8 text.") from exc
        except csv.Error as exc:
            raise CommandError(f"The file is not valid CSV: {exc}") from exc
        except DryRun:
            pass
        saved = not dry_run and not (strict and skipped)
        for line, reason in skipped:
            self.stdout.write(f"line {line}: skipped: {reason}")
        verb = "Imported" if saved else "Would import"
        self.stdout.write(f"{verb} {len(imported)} redirect(s), skipped {len(skipped)}.")
        if strict and skipped:
            raise CommandError("Nothing was imported: the file has bad rows (--strict).")

    def _import(self, rows, replace, imported, skipped) -> None:
        seen: set[str] = set()
        for number, row in enumerate(rows, start=1):
            if number > MAX_ROWS:
                skipped.append((number, f"more than {MAX_ROWS} rows; the rest was not read"))
                return
            cells = [cell.strip() for cell in row]
            if not any(cells):
                continue
            if number == 1 and cells[0].lower() == "old_path":
                continue
            if len(cells) not in (2, 3):
                skipped.append((number, "expected old_path,new_path[,status]"))
                continue
            old_path, new_path = normalize_old_path(cells[0])[: PATH_MAX + 1], cells[1]
            status_text = cells[2] if len(cells) == 3 and cells[2] else "301"
            if status_text not in ("301", "302"):
                skipped.append((number, f"status must be 301 or 302, not {status_text[:10]!r}"))
                continue
            if old_path in seen:
                skipped.append((number, "the same old path appears earlier in the file"))
                continue
            redirect = Redirect.objects.filter(old_path=old_path).first()
            if redirect is not None and not replace:
                skipped.append((number, "a redirect for this old path exists (use --replace)"))
                continue
            redirect = redirect or Redirect()
            redirect.old_path, redirect.new_path = old_path, new_path
            redirect.status = int(status_text)
            try:
                redirect.full_clean(validate_unique=False)
            except ValidationError as exc:
                skipped.append((number, _reasons(exc)))
                continue
            redirect.save()
            seen.add(old_path)
            imported.append(number)

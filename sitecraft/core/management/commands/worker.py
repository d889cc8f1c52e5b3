from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _


class Command(BaseCommand):
    help = _("Run a background worker: scheduled publishing and other queued work.")

    def add_arguments(self, parser):
        parser.add_argument("--batch", action="store_true", help=_("Run what is due, then exit."))
        parser.add_argument("--interval", type=float, default=1.0, help=_("Seconds between polls."))

    def handle(self, *args, batch, interval, verbosity, **options):
        call_command(
            "db_worker",
            batch=batch,
            interval=interval,
            startup_delay=not batch,
            reload=False,
            verbosity=verbosity,
            queue_name="*",
        )

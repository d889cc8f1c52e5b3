from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from sitecraft.core.services import init_site


class Command(BaseCommand):
    help = _("Create the data directory and database, migrate, and create the first administrator.")

    def add_arguments(self, parser):
        parser.add_argument(
            "--admin-user", default="admin", help=_("Login of the first administrator.")
        )

    def handle(self, *args, admin_user, verbosity, **options):
        result = init_site(admin_user=admin_user, verbosity=verbosity)
        report_init(self, result)


def report_init(command: BaseCommand, result) -> None:
    """Tell the person at the terminal what ``init`` did (and the password, once)."""
    write = command.stdout.write
    write(_("Data directory: %(path)s") % {"path": settings.DATA_DIR})
    if result.already_installed and not result.migrated and not result.created_admin:
        write(command.style.SUCCESS(_("Sitecraft is already installed: nothing to do.")))
        return
    if result.migrated:
        write(_("Database migrated."))
    if result.created_admin:
        write(
            command.style.SUCCESS(_("Administrator created: %(user)s") % {"user": result.username})
        )
        if result.password:
            write(
                command.style.WARNING(_("Password (shown once): %(pw)s") % {"pw": result.password})
            )
        else:
            write(_("Password: the value of SITECRAFT_ADMIN_PASSWORD."))
    write(command.style.SUCCESS(_("Sitecraft is installed.")))

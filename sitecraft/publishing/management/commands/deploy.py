from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from sitecraft.publishing.services import default_out_dir, render_nginx_config


class Command(BaseCommand):
    help = _("Print a web server configuration for the published site.")

    def add_arguments(self, parser):
        parser.add_argument("server", choices=["nginx"], help=_("The web server."))
        parser.add_argument(
            "--out",
            type=Path,
            default=None,
            help=_("The published directory (default: $SITECRAFT_DATA_DIR/public)."),
        )
        parser.add_argument("--server-name", default="_", help=_("nginx server_name."))
        parser.add_argument("--app", default="127.0.0.1:8000", help=_("HOST:PORT of the app."))
        parser.add_argument("--listen", default="80", help=_("nginx listen address or port."))

    def handle(self, *args, server, out, server_name, app, listen, **options):
        try:
            config = render_nginx_config(
                out_dir=out or default_out_dir(), server_name=server_name, app=app, listen=listen
            )
        except ValueError as error:
            raise CommandError(
                _("Refusing a value with spaces, quotes or nginx syntax in it: %(value)s")
                % {"value": error}
            ) from None
        self.stdout.write(config, ending="")

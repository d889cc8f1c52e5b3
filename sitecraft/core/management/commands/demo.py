from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from sitecraft.core.management.commands.init import report_init
from sitecraft.core.management.commands.serve import DEFAULT_SERVER, SERVERS, parse_addr, serve
from sitecraft.core.services import init_site
from sitecraft.demo.loader import load_demo


class Command(BaseCommand):
    help = _("Install Sitecraft, load the demo site into an empty site, and serve it.")

    def add_arguments(self, parser):
        parser.add_argument("--addr", default="127.0.0.1:8000", help="HOST:PORT")
        parser.add_argument(
            "--no-serve", action="store_true", help=_("Load the demo, do not serve.")
        )
        parser.add_argument("--admin-user", default="admin")
        parser.add_argument("--workers", type=int, default=0)
        parser.add_argument("--server", choices=SERVERS, default=DEFAULT_SERVER)

    def handle(self, *args, addr, no_serve, admin_user, workers, server, verbosity, **options):
        host, port = parse_addr(addr)
        result = init_site(admin_user=admin_user, verbosity=verbosity)
        report_init(self, result)
        loaded = load_demo(progress=self.stdout.write if verbosity else None)
        if loaded:
            self.stdout.write(self.style.SUCCESS(_("Demo site loaded.")))
        else:
            self.stdout.write(_("The site already has content: the demo was not loaded over it."))
        shown_host = f"[{host}]" if ":" in host else host
        self.stdout.write(
            _("Site:  http://%(addr)s/\nAdmin: http://%(addr)s/%(admin)s/  (user: %(user)s)")
            % {
                "addr": f"{shown_host}:{port}",
                "user": result.username,
                "admin": settings.SITECRAFT_ADMIN_PREFIX,
            }
        )
        if not result.password and not result.created_admin:
            self.stdout.write(
                _(
                    "The admin password was printed when the site was first set up; "
                    "set a new one with: sitecraft changepassword %(user)s"
                )
                % {"user": result.username}
            )
        if not no_serve:
            serve(self, addr=addr, workers=workers, server=server)

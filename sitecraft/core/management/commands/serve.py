import os
import sys

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

SERVERS = ("granian", "gunicorn")
# granian (Rust HTTP, one blocking thread per worker) served warm page-cache hits at 0.65 of
# nginx against gunicorn's 0.11, and uncached renders as fast (docs/PERFORMANCE.md).
DEFAULT_SERVER = "granian"


def parse_addr(addr: str) -> tuple[str, int]:
    """Split ``HOST:PORT`` (``[::1]:8000`` for IPv6) and validate the port."""
    host, sep, port = addr.rpartition(":")
    if not sep or not port.isdigit() or not 0 < int(port) < 65536 or not host:
        raise CommandError(_("Use --addr HOST:PORT, for example 127.0.0.1:8000."))
    return host.strip("[]"), int(port)


def server_argv(server: str, host: str, port: int, workers: int) -> list[str]:
    """The command line that runs ``server`` on ``host:port`` with ``workers`` processes."""
    if server == "granian":
        return [
            sys.executable, "-m", "granian", "--interface", "wsgi", "--host", host,
            "--port", str(port), "--workers", str(workers), "--blocking-threads", "1",
            "--no-ws", "sitecraft.wsgi:application",
        ]  # fmt: skip
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return [
        sys.executable, "-m", "gunicorn", "sitecraft.wsgi:application", "--bind", bind,
        "--workers", str(workers), "--worker-class", "sync",
        "--keep-alive", "5", "--max-requests", "20000", "--max-requests-jitter", "2000",
    ]  # fmt: skip


class Command(BaseCommand):
    help = _("Serve the site with a production-grade server.")

    def add_arguments(self, parser):
        parser.add_argument("--addr", default="127.0.0.1:8000", help="HOST:PORT")
        parser.add_argument(
            "--workers", type=int, default=0, help=_("Processes (default: one per core, plus one).")
        )
        parser.add_argument("--server", choices=SERVERS, default=DEFAULT_SERVER)

    def handle(self, *args, addr, workers, server, **options):
        serve(self, addr=addr, workers=workers, server=server)


def serve(
    command: BaseCommand, *, addr: str, workers: int = 0, server: str = DEFAULT_SERVER
) -> None:
    """Check the configuration, collect static files and replace this process with the server."""
    host, port = parse_addr(addr)
    if workers < 0 or workers > 256:
        raise CommandError(_("--workers must be between 1 and 256."))
    workers = workers or (os.cpu_count() or 1) + 1
    call_command("check")
    from django.db.utils import DatabaseError

    from sitecraft.core.services import is_installed

    try:
        installed = is_installed()
    except DatabaseError:
        installed = False
    if not installed:
        raise CommandError(
            _("Sitecraft is not installed in this database yet: run `sitecraft init` first.")
        )
    call_command("collectstatic", interactive=False, verbosity=0)
    command.stdout.write(
        _("Serving on http://%(host)s:%(port)d/ with %(server)s, %(n)d workers (Ctrl+C stops).")
        % {
            "host": host if ":" not in host else f"[{host}]",
            "port": port,
            "server": server,
            "n": workers,
        }
    )
    command.stdout.flush()
    argv = server_argv(server, host, port, workers)
    os.execv(argv[0], argv)  # noqa: S606 - a fixed argv, no shell

"""``sitecraft deploy nginx``: the configuration passes ``nginx -t`` and serves the published
site exactly, handing everything else to the app."""

import os
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from sitecraft.content.models import Attachment
from sitecraft.publishing.services import publish_site, render_nginx_config

NGINX = Path("/usr/sbin/nginx")


def _nginx() -> Path:
    """The nginx binary CI and the benchmark install (Debian's nginx-light)."""
    if not NGINX.exists():
        pytest.fail(
            f"{NGINX} is missing: install Debian's nginx-light (apt-get install nginx-light) "
            "to test the generated configuration."
        )
    return NGINX


def _main_config(prefix: Path, server_block: str) -> Path:
    """A whole nginx configuration around ``server_block``, all of its files under ``prefix``."""
    (prefix / "logs").mkdir(parents=True, exist_ok=True)
    (prefix / "server.conf").write_text(server_block)
    user = "user root;\n" if os.geteuid() == 0 else ""
    temp = " ".join(
        f"{kind}_temp_path {prefix / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    config = prefix / "nginx.conf"
    config.write_text(
        f"{user}worker_processes 1;\npid {prefix / 'nginx.pid'};\n"
        f"error_log {prefix / 'logs/error.log'};\nevents {{ worker_connections 64; }}\n"
        f"http {{\n  include /etc/nginx/mime.types;\n  access_log off;\n  {temp}\n"
        f"  include {prefix / 'server.conf'};\n}}\n"
    )
    return config


def _nginx_cmd(prefix: Path, config: Path, *extra: str) -> list[str]:
    return [
        str(_nginx()),
        "-p",
        str(prefix),
        "-c",
        str(config),
        "-e",
        str(prefix / "logs/e.log"),
        *extra,
    ]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_config_falls_back_to_the_app_and_hides_the_data_dir(tmp_path):
    out = tmp_path / "public"
    config = render_nginx_config(out_dir=out, server_name="www.example.com", app="127.0.0.1:8001")
    assert f"root {out};" in config
    assert "server_name www.example.com;" in config
    assert "proxy_pass http://127.0.0.1:8001;" in config and "location @app" in config
    assert "try_files ${uri}index${sc_page}.html @app;" in config
    assert "autoindex off;" in config
    assert 'add_header X-Content-Type-Options "nosniff" always;' in config
    assert f"location ^~ /{settings.SITECRAFT_ADMIN_PREFIX}/" in config
    assert str(settings.DATA_DIR) not in config.replace(str(out), "")


def test_deploy_command_prints_the_config(tmp_path):
    out = StringIO()
    call_command("deploy", "nginx", out=tmp_path, server_name="a.example", stdout=out)
    assert out.getvalue() == render_nginx_config(out_dir=tmp_path, server_name="a.example")


def test_deploy_refuses_nginx_syntax_in_values(tmp_path):
    with pytest.raises(CommandError, match="nginx syntax"):
        call_command("deploy", "nginx", out=tmp_path, server_name="x; include /etc/passwd")


def test_config_passes_nginx_t(tmp_path):
    block = render_nginx_config(out_dir=tmp_path / "public", server_name="www.example.com")
    config = _main_config(tmp_path / "nginx", block)
    result = subprocess.run(
        _nginx_cmd(tmp_path / "nginx", config, "-t"), capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


class _App(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server's name
        body = f"app:{self.path}".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def _get(port: int, path: str):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture
def nginx_site(site, tmp_path):
    """nginx in front of the published test site, with a stand-in app that names the path."""
    marker = "nginx-test.zip"
    media = Path(settings.MEDIA_ROOT) / "files" / marker
    media.parent.mkdir(parents=True, exist_ok=True)
    media.write_bytes(b"PK\x03\x04")
    Attachment.objects.create(entry=site["download"], file=f"files/{marker}", title="Zip")
    out = tmp_path / "public"
    try:
        publish_site(out, jobs=1, collect_static=False)
    finally:
        media.unlink()
    app = ThreadingHTTPServer(("127.0.0.1", 0), _App)
    threading.Thread(target=app.serve_forever, daemon=True).start()
    port = _free_port()
    block = render_nginx_config(
        out_dir=out, app=f"127.0.0.1:{app.server_address[1]}", listen=f"127.0.0.1:{port}"
    )
    prefix = tmp_path / "nginx"
    config = _main_config(prefix, block)
    subprocess.run(_nginx_cmd(prefix, config), check=True, capture_output=True)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        yield port, out
    finally:
        subprocess.run(_nginx_cmd(prefix, config, "-s", "stop"), check=False, capture_output=True)
        app.shutdown()
        app.server_close()


def test_nginx_serves_published_files_and_hands_the_rest_to_the_app(nginx_site):
    port, out = nginx_site
    status, headers, body = _get(port, "/en/news/")
    assert status == 200 and body == (out / "en/news/index.html").read_bytes()
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "DENY"
    status, _, body = _get(port, "/en/news/?page=2")
    assert status == 200 and body == (out / "en/news/index-p2.html").read_bytes()
    status, headers, body = _get(port, "/sitemap-en.xml")
    assert body == (out / "sitemap-en.xml").read_bytes()
    assert headers["Content-Type"] == "application/xml; charset=utf-8"
    _, headers, _ = _get(port, "/en/feed/rss.xml")
    assert headers["Content-Type"] == "application/rss+xml; charset=utf-8"
    _, headers, _ = _get(port, "/robots.txt")
    assert headers["Content-Type"] == "text/plain; charset=utf-8"
    for dynamic in (
        "/en/news/?page=3", "/en/news/?page=x", "/en/news/?page=2&page=3", "/en/news/?page=1",
        "/en/search/?q=zone", "/en/guestbook/", "/", f"/{settings.SITECRAFT_ADMIN_PREFIX}/",
        "/en/news/index.html", "/en/404.html", "/sitemap-en.xml?p=2", "/en/gone/",
    ):  # fmt: skip
        assert _get(port, dynamic)[2] == f"app:{dynamic}".encode(), dynamic
    for hidden in ("/.sitecraft-publish.json", "/en/news/.index.html.tmp"):
        assert _get(port, hidden)[0] == 404
    status, headers, body = _get(port, "/media/files/nginx-test.zip")
    assert status == 200 and body == b"PK\x03\x04"
    assert headers["Content-Type"] == "application/octet-stream"
    assert headers["Content-Disposition"] == "attachment"
    assert headers["X-Content-Type-Options"] == "nosniff"

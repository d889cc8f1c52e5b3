"""Calling WSGI applications directly, as a server would (for the page cache)."""

import io

ARTICLE = "/en/news/delegation/"


def call(app, path, *, method="GET", query="", cookie="", headers=None):
    environ = {
        "REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": query, "SCRIPT_NAME": "",
        "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "8000", "HTTP_HOST": "127.0.0.1",
        "SERVER_PROTOCOL": "HTTP/1.1", "wsgi.input": io.BytesIO(b""), "wsgi.url_scheme": "http",
        "wsgi.errors": io.StringIO(), "wsgi.multithread": False, "wsgi.multiprocess": True,
        "wsgi.run_once": False, "wsgi.version": (1, 0),
    }  # fmt: skip
    if cookie:
        environ["HTTP_COOKIE"] = cookie
    for name, value in (headers or {}).items():
        environ["HTTP_" + name.upper().replace("-", "_")] = value
    captured = {}

    def start_response(status, response_headers, exc_info=None):
        captured["status"], captured["headers"] = status, dict(response_headers)

    body = b"".join(app(environ, start_response))
    return int(captured["status"].split()[0]), captured["headers"], body.decode()

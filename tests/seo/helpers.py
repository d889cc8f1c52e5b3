"""Reading what a page tells search engines and social networks."""

import html as html_lib
import json
import re

LD_RE = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def page(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def json_ld(html):
    return [json.loads(block) for block in LD_RE.findall(html)]


def ld_of_type(html, kind):
    found = [item for item in json_ld(html) if item.get("@type") == kind]
    assert len(found) == 1, (kind, json_ld(html))
    return found[0]


def og(html, prop):
    match = re.search(rf'<meta property="og:{prop}" content="([^"]*)">', html)
    return html_lib.unescape(match.group(1)) if match else None


def twitter_card(html):
    match = re.search(r'<meta name="twitter:card" content="([^"]*)">', html)
    return match.group(1) if match else None


def title(html):
    return html_lib.unescape(re.search(r"<title>(.*?)</title>", html).group(1))

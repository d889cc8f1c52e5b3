from django.urls import path, re_path

from sitecraft.web import feeds, media, sitemaps, views

app_name = "web"

LANG = r"(?P<lang>[a-z]{2,3}(?:-[a-z0-9]{2,8})?)"
FEED = r"(?P<kind>rss|atom)\.xml"

urlpatterns = [
    path("", views.root, name="root"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("sitemap.xml", sitemaps.sitemap_index, name="sitemap"),
    path("sitemap.txt", sitemaps.sitemap_txt, name="sitemap-txt"),
    re_path(rf"^sitemap-{LANG}\.xml$", sitemaps.language_sitemap, name="sitemap-language"),
    re_path(r"^media/(?P<path>.+)$", media.serve_media, name="media"),
    re_path(rf"^{LANG}/$", views.home, name="home"),
    re_path(rf"^{LANG}/search/$", views.search, name="search"),
    re_path(rf"^{LANG}/feed/{FEED}$", feeds.language_feed, name="feed"),
    re_path(rf"^{LANG}/tags/$", views.tag_index, name="tags"),
    re_path(rf"^{LANG}/tags/(?P<slug>[^/]+)/$", views.tag_page, name="tag"),
    re_path(rf"^{LANG}/(?P<folder>[^/]+)/$", views.column_page, name="column"),
    re_path(rf"^{LANG}/(?P<folder>[^/]+)/(?P<slug>[^/]+)/$", views.entry_page, name="entry"),
    # Three segments after the language: never shadows an entry page /{lang}/{folder}/{slug}/.
    re_path(rf"^{LANG}/(?P<folder>[^/]+)/feed/{FEED}$", feeds.column_feed, name="column-feed"),
]

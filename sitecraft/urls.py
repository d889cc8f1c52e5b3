from django.conf import settings
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path(f"{settings.SITECRAFT_ADMIN_PREFIX}/", admin.site.urls),
    path("", include("sitecraft.web.urls")),
]

handler404 = "sitecraft.web.views.page_not_found"

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from sitecraft.redirects.models import Redirect


class TargetFilter(admin.SimpleListFilter):
    title = _("target")
    parameter_name = "target"

    def lookups(self, request, model_admin):
        return [("local", _("this site")), ("external", _("another site"))]

    def queryset(self, request, queryset):
        if self.value() == "local":
            return queryset.filter(new_path__startswith="/")
        if self.value() == "external":
            return queryset.exclude(new_path__startswith="/")
        return queryset


class UsedFilter(admin.SimpleListFilter):
    title = _("used")
    parameter_name = "used"

    def lookups(self, request, model_admin):
        return [("yes", _("used")), ("no", _("never used"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(hits__gt=0)
        if self.value() == "no":
            return queryset.filter(hits=0)
        return queryset


@admin.register(Redirect)
class RedirectAdmin(admin.ModelAdmin):
    list_display = ["old_path", "new_path", "status", "hits", "last_hit_at", "created_at"]
    list_filter = ["status", TargetFilter, UsedFilter, "created_at"]
    search_fields = ["old_path", "new_path"]
    readonly_fields = ["hits", "last_hit_at", "created_at"]
    fields = ["old_path", "new_path", "status", "hits", "last_hit_at", "created_at"]
    list_per_page = 100
    show_full_result_count = False  # COUNT(*) on a large table on every page is slow

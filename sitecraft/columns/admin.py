from django.contrib import admin
from django.db import models

from sitecraft.columns.models import Banner, Column, ParamDefinition


class ParamDefinitionInline(admin.TabularInline):
    model = ParamDefinition
    extra = 0


@admin.register(Column)
class ColumnAdmin(admin.ModelAdmin):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = [
        "name",
        "folder",
        "module",
        "language",
        "level",
        "nav",
        "is_hidden",
        "sort_order",
    ]
    list_filter = ["language", "module", "nav", "is_hidden"]
    list_editable = ["sort_order"]
    search_fields = ["name", "folder"]
    list_select_related = ["language"]
    autocomplete_fields = ["parent"]
    inlines = [ParamDefinitionInline]
    fieldsets = [
        (None, {"fields": ["language", "parent", "module", "name", "folder", "translation_key"]}),
        ("Display", {"fields": ["nav", "new_window", "is_hidden", "sort_order", "per_page", "list_order",
                                 "thumb_width", "thumb_height", "read_level"]}),
        ("Content", {"fields": ["intro", "body", "external_url"]}),
        ("SEO", {"fields": ["seo_title", "seo_keywords", "seo_description"]}),
    ]  # fmt: skip


@admin.register(Banner)
class BannerAdmin(admin.ModelAdmin):
    list_display = ["__str__", "language", "column", "sort_order", "is_active"]
    list_filter = ["language", "is_active"]
    list_select_related = ["language", "column"]

from django.contrib import admin
from django.db import models

from sitecraft.content.models import Attachment, Entry, GalleryImage, Tag


class GalleryImageInline(admin.TabularInline):
    model = GalleryImage
    extra = 0


class AttachmentInline(admin.TabularInline):
    model = Attachment
    extra = 0


@admin.register(Entry)
class EntryAdmin(admin.ModelAdmin):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = [
        "title",
        "column",
        "language",
        "status",
        "published_at",
        "is_pinned",
        "is_recommended",
        "hits",
    ]
    list_filter = ["language", "module", "status", "is_pinned", "is_recommended"]
    search_fields = ["title"]
    date_hierarchy = "published_at"
    list_select_related = ["column", "language"]
    show_full_result_count = False
    autocomplete_fields = ["column", "tags"]
    readonly_fields = ["hits", "created_at", "updated_at"]
    inlines = [GalleryImageInline, AttachmentInline]

    def get_queryset(self, request):
        return super().get_queryset(request).filter(deleted_at__isnull=True)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "language"]
    list_filter = ["language"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}

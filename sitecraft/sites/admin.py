from django.contrib import admin

from sitecraft.sites.models import Language, SiteSettings


class SiteSettingsInline(admin.StackedInline):
    model = SiteSettings
    can_delete = False


@admin.register(Language)
class LanguageAdmin(admin.ModelAdmin):
    list_display = [
        "native_name",
        "code",
        "html_lang",
        "is_default",
        "is_active",
        "domain",
        "sort_order",
    ]
    list_editable = ["sort_order"]
    inlines = [SiteSettingsInline]

"""The search index: one row of analysed terms per public-able entry."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from sitecraft.columns.models import Column
from sitecraft.content.models import Entry
from sitecraft.sites.models import Language


class SearchDocument(models.Model):
    """The terms of one entry (see ``analysis``), kept current by ``signals``.

    The full-text structure over ``terms`` belongs to the database backend (``backends/``,
    built by migration 0002): an FTS5 table kept in step by triggers on SQLite, a generated
    tsvector column with a GIN index on PostgreSQL, FULLTEXT indexes on generated columns on
    MariaDB/MySQL. On SQLite, a later migration that rebuilds this table must call
    ``backends.sqlite.install_schema`` again.
    """

    entry = models.OneToOneField(
        Entry, on_delete=models.CASCADE, related_name="search_document", verbose_name=_("entry")
    )
    language = models.ForeignKey(Language, on_delete=models.CASCADE, verbose_name=_("language"))
    module = models.CharField(_("module"), max_length=32)
    column = models.ForeignKey(
        Column, on_delete=models.CASCADE, related_name="+", verbose_name=_("column")
    )
    title_terms = models.TextField(_("title terms"))
    terms = models.TextField(_("terms"))
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        indexes = [models.Index(fields=["language", "module"], name="search_doc_language")]

    def __str__(self) -> str:
        return f"search document of entry {self.entry_id}"

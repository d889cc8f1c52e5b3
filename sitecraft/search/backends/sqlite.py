"""SQLite: an FTS5 table over the documents, kept in step by triggers, ranked with bm25."""

from __future__ import annotations

from django.db import connection

from sitecraft.search.backends.base import Match, SearchBackend

INSERT_ROW = (
    "INSERT INTO search_fts(rowid, title_terms, terms) VALUES (new.id, new.title_terms, new.terms);"
)
DELETE_ROW = (
    "INSERT INTO search_fts(search_fts, rowid, title_terms, terms) "
    "VALUES ('delete', old.id, old.title_terms, old.terms);"
)
# External content: the terms are stored once, in the documents table; the triggers keep the
# FTS index in step on every write path, cascading deletes included.
SCHEMA = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(title_terms, terms, "
    "content='search_searchdocument', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER IF NOT EXISTS search_fts_ai AFTER INSERT ON search_searchdocument "
    f"BEGIN {INSERT_ROW} END",
    "CREATE TRIGGER IF NOT EXISTS search_fts_ad AFTER DELETE ON search_searchdocument "
    f"BEGIN {DELETE_ROW} END",
    "CREATE TRIGGER IF NOT EXISTS search_fts_au AFTER UPDATE ON search_searchdocument "
    f"BEGIN {DELETE_ROW} {INSERT_ROW} END",
]
REBUILD = "INSERT INTO search_fts(search_fts) VALUES ('rebuild')"
UNINSTALL = [
    "DROP TRIGGER IF EXISTS search_fts_ai",
    "DROP TRIGGER IF EXISTS search_fts_ad",
    "DROP TRIGGER IF EXISTS search_fts_au",
    "DROP TABLE IF EXISTS search_fts",
]


def install_schema(schema_editor) -> None:
    """Create the FTS5 table and triggers, and fill the table from existing documents."""
    for statement in [*SCHEMA, REBUILD]:
        schema_editor.execute(statement)


def uninstall_schema(schema_editor) -> None:
    for statement in UNINSTALL:
        schema_editor.execute(statement)


class SQLiteBackend(SearchBackend):
    vendor = "sqlite"

    def match(self, terms: list[str]) -> Match:
        # Each term is a quoted FTS5 string (letters and digits only, see quote_terms);
        # strings side by side must all be present. Every term is in ``terms`` (it holds the
        # title too), so bm25 weights title hits on top of them.
        expression = " ".join(f'"{term}"' for term in terms)
        # bm25() only works in the query that scans the FTS table, so the match and rank are
        # a subquery; CROSS JOIN keeps it the outer loop (SQLite does not reorder a CROSS
        # JOIN), so the FTS index is read once rather than once per document of the language.
        return Match(
            rank="search_m.fts_rank",
            source=(
                "(SELECT rowid AS doc_id, -bm25(search_fts, 10.0, 1.0) AS fts_rank "
                "FROM search_fts WHERE search_fts MATCH %s) AS search_m "
                "CROSS JOIN search_searchdocument d ON d.id = search_m.doc_id"
            ),
            where="1 = 1",
            join_params=(expression,),
        )

    def rebuild_structures(self) -> None:
        """Recreate the FTS5 table's contents from the documents table."""
        with connection.cursor() as cursor:
            for statement in [*SCHEMA, REBUILD]:
                cursor.execute(statement)

"""PostgreSQL: a GIN index on ``to_tsvector('simple', terms)``, ranked with ts_rank.

Terms are already lowercased, stemmed and segmented, so the ``simple`` configuration (split
on spaces, no stemming, no stop words) indexes them as they are.
"""

from __future__ import annotations

from sitecraft.search.backends.base import Match, SearchBackend

INDEX_NAME = "search_doc_terms_gin"


def install_sql(table: str = "search_searchdocument") -> str:
    return (
        f"CREATE INDEX IF NOT EXISTS {INDEX_NAME} ON {table} "
        "USING gin (to_tsvector('simple'::regconfig, terms))"
    )


def uninstall_sql() -> str:
    return f"DROP INDEX IF EXISTS {INDEX_NAME}"


class PostgreSQLBackend(SearchBackend):
    vendor = "postgresql"

    def match(self, terms: list[str]) -> Match:
        # plainto_tsquery ANDs its words and reads no operators, whatever the text.
        return Match(
            rank=(
                "ts_rank(setweight(to_tsvector('simple'::regconfig, d.title_terms), 'A') "
                "|| to_tsvector('simple'::regconfig, d.terms), search_q)"
            ),
            join="CROSS JOIN plainto_tsquery('simple'::regconfig, %s) AS search_q",
            where="to_tsvector('simple'::regconfig, d.terms) @@ search_q",
            join_params=(" ".join(terms),),
        )

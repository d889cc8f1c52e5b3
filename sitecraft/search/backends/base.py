"""The interface every search backend implements, and the parts they share.

Every backend stores documents as ``SearchDocument`` rows through the ORM; what differs is the
full-text structure over them (built by migration 0002) and the matching and ranking SQL.
Queries are built from fixed SQL text; terms, ids and the visibility subquery's values are
always bound parameters.
"""

from __future__ import annotations

import abc
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.db import connection
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL

from sitecraft.search.models import SearchDocument

Hit = tuple[int, float]  # (entry id, rank: higher is better)


@dataclass(frozen=True)
class Match:
    """Fragments of a backend's search query over the documents table aliased ``d``."""

    rank: str  # an expression, higher is better
    where: str  # a condition: the document has every term
    join: str = ""  # tables the condition and rank need, joined after ``d``
    source: str = ""  # instead of ``d`` and ``join``: a FROM clause that includes ``d``
    rank_params: tuple = ()
    join_params: tuple = ()
    where_params: tuple = ()


class SearchBackend(abc.ABC):
    """Full-text search over ``SearchDocument`` rows."""

    vendor = ""

    def index(self, docs: Iterable[SearchDocument]) -> None:
        """Insert or replace the documents of their entries."""
        docs = list(docs)
        if not docs:
            return
        SearchDocument.objects.filter(entry_id__in=[d.entry_id for d in docs]).delete()
        SearchDocument.objects.bulk_create(docs)

    def remove(self, entry_ids: Iterable[int]) -> None:
        """Forget the documents of these entries."""
        SearchDocument.objects.filter(entry_id__in=list(entry_ids)).delete()

    def clear(self) -> None:
        """Forget every document."""
        SearchDocument.objects.all().delete()

    def search(
        self,
        language_id: int,
        query_terms: Sequence[str],
        *,
        module: str | None = None,
        column_ids: Sequence[int] | None = None,
        visible: QuerySet | None = None,
        offset: int = 0,
        limit: int = 10,
    ) -> tuple[int | None, list[Hit]]:
        """Documents of a language that contain every term, best first, in one query.

        ``visible`` (a queryset of entries) restricts the hits to its entries. Returns the
        total number of hits and one page of ``(entry_id, rank)``; the total is ``None`` when
        the page is past the end (one query cannot count rows it returns none of).
        """
        terms = [t for t in query_terms if t]
        if not terms or limit <= 0 or column_ids == []:
            return 0, []
        terms = quote_terms(terms)
        if not terms:
            return 0, []
        match = self.match(terms)
        table = SearchDocument._meta.db_table
        # ``join_params`` belong to ``join`` or ``source``, whichever the backend uses.
        params = [*match.rank_params, *match.join_params, *match.where_params, language_id]
        where = [match.where, "d.language_id = %s"]
        if module:
            where.append("d.module = %s")
            params.append(module)
        if column_ids is not None:
            where.append(f"d.column_id IN ({', '.join(['%s'] * len(column_ids))})")
            params.extend(int(c) for c in column_ids)
        if visible is not None:
            # Correlated: each hit is checked by primary key, so the cost follows the hits,
            # not the number of visible entries.
            correlated = visible.filter(pk=RawSQL("d.entry_id", ())).order_by().values("pk")
            sub_sql, sub_params = correlated.query.sql_with_params()
            where.append(f"EXISTS ({sub_sql})")
            params.extend(sub_params)
        # Only fixed fragments are formatted in (the backend's SQL, the table name, placeholders
        # and the ORM's compiled subquery); every value is a bound parameter.
        sql = (
            f"SELECT d.entry_id, {match.rank} AS search_rank, COUNT(*) OVER () AS search_total "  # noqa: S608
            f"FROM {match.source or f'{table} d {match.join}'} WHERE {' AND '.join(where)} "
            "ORDER BY search_rank DESC, d.entry_id DESC LIMIT %s OFFSET %s"
        )
        params.extend([int(limit), int(offset)])
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if not rows:
            return (0 if offset == 0 else None), []
        return rows[0][2], [(row[0], float(row[1])) for row in rows]

    @abc.abstractmethod
    def match(self, terms: list[str]) -> Match:
        """The SQL that finds the documents (``d``) containing every one of ``terms``."""


def quote_terms(terms: Iterable[str]) -> list[str]:
    """Keep only letters and digits: analysed terms have nothing else, and nothing else can
    be read as query syntax by a full-text parser."""
    cleaned = ("".join(ch for ch in term if ch.isalnum()) for term in terms)
    return [t for t in cleaned if t]

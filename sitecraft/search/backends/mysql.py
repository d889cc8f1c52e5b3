"""MariaDB/MySQL: FULLTEXT indexes on generated columns, MATCH ... AGAINST in boolean mode.

InnoDB skips words shorter than ``innodb_ft_min_token_size`` (3; a server setting we cannot
change from here) and its stop words ("the", "in"...), which would make two-character
Chinese words and short terms unfindable. So the FULLTEXT indexes are on generated columns
that prefix every term with ``xx`` (``边境`` -> ``xx边境``): every indexed word is at least three
characters and none is a stop word. The query prefixes its terms the same way and requires
each (``+xx边境 +xx贸易``); terms are letters and digits only, so they carry no operators.

InnoDB makes FULLTEXT changes searchable only at commit. A transaction that wrote documents
and then searches (tests, or an import that checks its work) must still see its own writes, so
until the connection leaves that transaction this backend matches with LIKE on the terms
instead: slower but exact. Outside such a transaction the FULLTEXT indexes answer.
"""

from __future__ import annotations

from django.db import connection

from sitecraft.search.backends.base import Match, SearchBackend

PREFIX = "xx"
TITLE_WEIGHT = 10


def _generated(column: str) -> str:
    return f"CONCAT('{PREFIX}', REPLACE({column}, ' ', ' {PREFIX}'))"


def install_sql(table: str = "search_searchdocument") -> list[str]:
    return [
        f"ALTER TABLE {table} "
        f"ADD COLUMN ft_title LONGTEXT AS ({_generated('title_terms')}) STORED, "
        f"ADD COLUMN ft_terms LONGTEXT AS ({_generated('terms')}) STORED",
        f"ALTER TABLE {table} ADD FULLTEXT INDEX search_doc_ft_title (ft_title)",
        f"ALTER TABLE {table} ADD FULLTEXT INDEX search_doc_ft_terms (ft_terms)",
    ]


def uninstall_sql(table: str = "search_searchdocument") -> list[str]:
    return [f"ALTER TABLE {table} DROP COLUMN ft_title, DROP COLUMN ft_terms"]


class MySQLBackend(SearchBackend):
    vendor = "mysql"

    def index(self, docs) -> None:
        super().index(docs)
        self._note_write()

    def remove(self, entry_ids) -> None:
        super().remove(entry_ids)
        self._note_write()

    def clear(self) -> None:
        super().clear()
        self._note_write()

    def _note_write(self) -> None:
        # Remember the outermost transaction that wrote documents (see the module docstring).
        if connection.in_atomic_block:
            connection.search_dirty_transaction = _transaction_marker()

    def _sees_own_writes(self) -> bool:
        marker = getattr(connection, "search_dirty_transaction", None)
        return marker is not None and connection.in_atomic_block and marker == _transaction_marker()

    def match(self, terms: list[str]) -> Match:
        if self._sees_own_writes():
            likes = tuple(f"% {term} %" for term in terms)
            return Match(
                rank=" + ".join(
                    [f"{TITLE_WEIGHT} * (CONCAT(' ', d.title_terms, ' ') LIKE %s)"] * len(terms)
                ),
                where=" AND ".join(["CONCAT(' ', d.terms, ' ') LIKE %s"] * len(terms)),
                rank_params=likes,
                where_params=likes,
            )
        required = " ".join(f"+{PREFIX}{term}" for term in terms)
        anywhere = " ".join(f"{PREFIX}{term}" for term in terms)
        return Match(
            rank=(
                f"{TITLE_WEIGHT} * MATCH(d.ft_title) AGAINST (%s IN BOOLEAN MODE) "
                "+ MATCH(d.ft_terms) AGAINST (%s IN BOOLEAN MODE)"
            ),
            where="MATCH(d.ft_terms) AGAINST (%s IN BOOLEAN MODE)",
            rank_params=(anywhere, required),
            where_params=(required,),
        )


def _transaction_marker():
    # The outermost atomic block of this connection: a new object for each transaction.
    blocks = connection.atomic_blocks
    return id(blocks[0]) if blocks else None

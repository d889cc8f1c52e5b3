"""Database driver glue."""


def install_mysql_driver() -> None:
    """Let Django's MySQL backend use PyMySQL (pure Python: installs from a wheel everywhere).

    mysqlclient needs a C compiler, pkg-config and libmariadb-dev, which a fresh machine lacks.
    Django checks the driver's version against mysqlclient's, so PyMySQL reports the minimum.
    """
    try:
        import pymysql
    except ImportError:  # pragma: no cover - PyMySQL is a hard dependency
        return
    pymysql.version_info = (2, 2, 1, "final", 0)
    pymysql.install_as_MySQLdb()

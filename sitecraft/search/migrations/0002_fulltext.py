"""The database's own full-text structure over the documents (see ``backends/``)."""

from django.db import migrations


def install(apps, schema_editor):
    table = apps.get_model("search", "SearchDocument")._meta.db_table
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        from sitecraft.search.backends import sqlite

        sqlite.install_schema(schema_editor)
    elif vendor == "postgresql":
        from sitecraft.search.backends import postgres

        for statement in postgres.install_sql(table):
            schema_editor.execute(statement)
    elif vendor == "mysql":
        from sitecraft.search.backends import mysql

        for statement in mysql.install_sql(table):
            schema_editor.execute(statement)


def uninstall(apps, schema_editor):
    table = apps.get_model("search", "SearchDocument")._meta.db_table
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        from sitecraft.search.backends import sqlite

        sqlite.uninstall_schema(schema_editor)
    elif vendor == "postgresql":
        from sitecraft.search.backends import postgres

        for statement in postgres.uninstall_sql(table):
            schema_editor.execute(statement)
    elif vendor == "mysql":
        from sitecraft.search.backends import mysql

        for statement in mysql.uninstall_sql(table):
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    # Not wrapped in a transaction of its own: MariaDB cannot roll back DDL and refuses it there.
    operations = [migrations.RunPython(install, uninstall, atomic=False, elidable=False)]

from django.db import migrations


def create_state(apps, schema_editor):
    SiteState = apps.get_model("sites", "SiteState")
    SiteState.objects.get_or_create(pk=1, defaults={"generation": 1})


class Migration(migrations.Migration):
    dependencies = [("sites", "0001_initial")]

    operations = [migrations.RunPython(create_state, migrations.RunPython.noop)]

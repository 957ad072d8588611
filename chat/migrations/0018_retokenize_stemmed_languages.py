"""German, French and Spanish words now lose their plural and inflection endings (chat/stemmers.py):
the index terms of documents with passages in those languages are computed again, or a question's
"Paket" would no longer meet a stored "pakete". Documents in other languages keep theirs."""

from django.db import migrations

STEMMED = ["de", "fr", "es", ""]  # "": analysed before passages recorded their language


def retokenize(apps, schema_editor):
    from chat.retrieval.indexing import retokenize_languages

    retokenize_languages(apps, STEMMED)


class Migration(migrations.Migration):
    dependencies = [
        ("chat", "0017_audit_resplit"),
    ]

    operations = [
        migrations.RunPython(retokenize, migrations.RunPython.noop, elidable=True),
    ]

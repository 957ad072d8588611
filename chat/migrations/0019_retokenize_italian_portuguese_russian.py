"""Italian, Portuguese and Russian words now lose their plural and case endings too
(chat/stemmers.py): the index terms of documents with passages in those languages are computed
again, or a question's "alerta" would no longer meet a stored "alertas". Documents in other
languages keep theirs."""

from django.db import migrations

STEMMED = ["it", "pt", "ru"]


def retokenize(apps, schema_editor):
    from chat.retrieval.indexing import retokenize_languages

    retokenize_languages(apps, STEMMED)


class Migration(migrations.Migration):
    dependencies = [
        ("chat", "0018_retokenize_stemmed_languages"),
    ]

    operations = [
        migrations.RunPython(retokenize, migrations.RunPython.noop, elidable=True),
    ]

"""Italian, Portuguese and Russian words now lose their plural and case endings too
(chat/stemmers.py): the index terms of documents with passages in those languages are computed
again, or a question's "alerta" would no longer meet a stored "alertas". Documents in other
languages keep theirs."""

from django.db import migrations

STEMMED = ["it", "pt", "ru"]


def retokenize(apps, schema_editor):
    from chat.retrieval.indexing import backfill_index_terms

    chunk, document = apps.get_model("chat", "Chunk"), apps.get_model("chat", "Document")
    affected = chunk.objects.filter(language__in=STEMMED).values_list("document_id", flat=True).distinct()
    backfill_index_terms(chunk_model=chunk, document_model=document, document_ids=list(affected))


class Migration(migrations.Migration):
    dependencies = [
        ("chat", "0018_retokenize_stemmed_languages"),
    ]

    operations = [
        migrations.RunPython(retokenize, migrations.RunPython.noop, elidable=True),
    ]

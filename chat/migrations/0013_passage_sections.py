"""Passages carry their heading path and where later pages begin in them; every chunk's index
terms are computed again, because the tokenizer now reads words of every script in the language
they are written in (chat/languages.py): terms indexed before would not match questions now.
Existing chunks keep their text and an empty heading path (reingest a document for sections)."""

from django.db import migrations, models


def retokenize(apps, schema_editor):
    from chat.retrieval.indexing import backfill_index_terms

    backfill_index_terms(chunk_model=apps.get_model("chat", "Chunk"), document_model=apps.get_model("chat", "Document"))


class Migration(migrations.Migration):
    dependencies = [
        ("chat", "0012_ocr_words"),
    ]

    operations = [
        migrations.AddField(
            model_name="chunk",
            name="page_starts",
            field=models.JSONField(
                blank=True,
                default=list,
                help_text="[offset in the text, page] where each later page begins, if it spans pages.",
            ),
        ),
        migrations.AddField(
            model_name="chunk",
            name="section",
            field=models.CharField(
                blank=True, default="", help_text='Its heading path ("Shell Commands > Pipelines").', max_length=300
            ),
        ),
        migrations.AddField(
            model_name="chunk",
            name="language",
            field=models.CharField(
                blank=True, default="", help_text="The language it is analysed in (chat/languages.py).", max_length=8
            ),
        ),
        migrations.AlterField(
            model_name="chunk",
            name="page",
            field=models.PositiveIntegerField(
                help_text="1-based physical page number in the PDF where the passage starts."
            ),
        ),
        migrations.RunPython(retokenize, migrations.RunPython.noop, elidable=True),
    ]

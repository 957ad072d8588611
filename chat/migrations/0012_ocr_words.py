import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("chat", "0011_document_collection_required")]

    operations = [
        migrations.CreateModel(
            name="OcrWords",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("number", models.PositiveIntegerField(help_text="1-based page number.")),
                (
                    "words",
                    models.JSONField(
                        blank=True,
                        default=list,
                        help_text="[[text, x0, y0, x1, y1], ...]: fractions of the page from its top left.",
                    ),
                ),
                (
                    "document",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="ocr_words", to="chat.document"
                    ),
                ),
            ],
            options={
                "verbose_name_plural": "OCR words",
                "ordering": ["document", "number"],
                "constraints": [models.UniqueConstraint(fields=("document", "number"), name="ocr_words_number_unique")],
            },
        ),
    ]

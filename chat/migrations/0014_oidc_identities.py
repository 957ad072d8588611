"""OidcIdentity: who a user is at the OpenID Connect provider (issuer + sub), and the group
memberships the provider granted at their last sign-in (docs/sso.md)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('auth', '0012_alter_user_first_name_max_length'),
        ('chat', '0013_passage_sections'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='OidcIdentity',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('issuer', models.CharField(help_text="The provider's issuer URL (OIDC_ISSUER).", max_length=500)),
                ('subject', models.CharField(help_text="The provider's `sub` claim: never reassigned.", max_length=255)),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('last_sign_in_at', models.DateTimeField(blank=True, null=True)),
                ('groups', models.ManyToManyField(blank=True, help_text='The memberships the provider granted at the last sign-in.', related_name='+', to='auth.group')),
                ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='oidc_identities', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'OIDC identity',
                'verbose_name_plural': 'OIDC identities',
                'constraints': [models.UniqueConstraint(fields=('issuer', 'subject'), name='oidc_identity_one_per_subject')],
            },
        ),
    ]

"""`manage.py first_user`: on a database with no user yet, a first one to sign in with.

`make run` calls it, so that a newcomer can sign in to the chat page at once: it creates a
staff superuser `admin` with a random password, prints the sign-in details and keeps them
in PDFCHAT_VAR_DIR/first-user.txt (readable by its owner only). Once any user exists it does
nothing; with sign-in off (API_AUTH_REQUIRED=false) there is nothing to sign in to.
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

USERNAME = "admin"


class Command(BaseCommand):
    help = "Create a first (staff) user with a random password if there is no user yet, and print it."

    def handle(self, *args: object, **options: object) -> None:
        users = get_user_model().objects
        if not settings.API_AUTH_REQUIRED or users.exists():
            return
        password = secrets.token_urlsafe(12)
        users.create_superuser(USERNAME, password=password)
        note = settings.VAR_DIR / "first-user.txt"
        note.parent.mkdir(parents=True, exist_ok=True)
        note.touch(mode=0o600)
        note.write_text(f"username: {USERNAME}\npassword: {password}\n")
        self.stdout.write(
            f"==> first user created: sign in as {USERNAME!r} with password {password!r} "
            f"(kept in {note}; change it with `manage.py changepassword {USERNAME}`)"
        )

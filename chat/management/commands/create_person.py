"""`manage.py create_person NAME`: an ordinary person who signs in on the chat page.

Not staff (no admin, no queue dashboard) and not a superuser: they see their personal
collection and the collections shared with them. `createsuperuser` would make an admin;
`create_api_user` a token-only account with no password. The password is generated, printed
once and never stored in clear (or read from standard input with --password-stdin, for
scripts); --token also prints an API token.
"""

import secrets
import sys

from django.contrib.auth import get_user_model, password_validation
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from chat.services.audit import Origin
from chat.services.tokens import create_token


class Command(BaseCommand):
    help = "Create a person (not staff) who signs in on the chat page; prints their new password."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--email", default="")
        parser.add_argument("--password-stdin", action="store_true", help="Read the password from standard input.")
        parser.add_argument("--token", action="store_true", help="Also issue an API token and print it.")

    def handle(
        self, *args: object, username: str, email: str, password_stdin: bool, token: bool, **options: object
    ) -> None:
        users = get_user_model().objects
        if users.filter(username=username).exists():
            raise CommandError(f"{username!r} exists already; `manage.py changepassword {username}` sets a password.")
        password = sys.stdin.readline().rstrip("\n") if password_stdin else secrets.token_urlsafe(12)
        user = users.model(username=username, email=email)
        try:
            password_validation.validate_password(password, user)
        except ValidationError as exc:
            raise CommandError("The password is refused: " + " ".join(exc.messages)) from None
        user.set_password(password)
        user.save()
        self.stdout.write(f"created {username!r}: sign in on the chat page with this password")
        if not password_stdin:
            self.stdout.write(f"password: {password}")
        if token:
            _, key = create_token(user=user, name="API token", origin=Origin(via="manage.py create_person"))
            self.stdout.write(f"API token: {key}")

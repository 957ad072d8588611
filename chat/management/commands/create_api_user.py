"""`manage.py create_api_user NAME`: a user for the API and its token (printed)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandParser

from chat.services.accounts import issue_token
from chat.services.audit import Origin


class Command(BaseCommand):
    help = "Create an API user (or reuse it) and print its token for 'Authorization: Token <key>'."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--staff", action="store_true", help="Also allow the admin and the queue dashboard.")
        parser.add_argument("--rotate", action="store_true", help="Replace the user's token with a new one.")

    def handle(self, *args: object, username: str, staff: bool, rotate: bool, **options: object) -> None:
        user, created = get_user_model().objects.get_or_create(username=username)
        if created:
            user.set_unusable_password()  # token only; `manage.py changepassword` enables the admin login
        if staff and not user.is_staff:
            user.is_staff = True
        user.save()
        key = issue_token(user=user, rotate=rotate, origin=Origin(via="manage.py create_api_user"))
        self.stderr.write(f"{'created' if created else 'found'} user {username!r}; its API token:")
        self.stdout.write(key)

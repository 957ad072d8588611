"""`manage.py create_api_user NAME`: a user for the API (made, or found) and a new named API
token for it, printed once (only its SHA-256 is kept). Options narrow the token: its scopes,
its collections, its lifetime; --rotate first revokes the user's working tokens."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from chat.errors import Invalid, NotFound
from chat.services.audit import Origin
from chat.services.tokens import ALL_SCOPES, create_token, revoke_all

ORIGIN = Origin(via="manage.py create_api_user")


class Command(BaseCommand):
    help = "Create an API user (or reuse it) and print a new API token for 'Authorization: Token <token>'."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--staff", action="store_true", help="Also allow the admin and the queue dashboard.")
        parser.add_argument("--rotate", action="store_true", help="Revoke the user's working tokens first.")
        parser.add_argument("--name", default="API token", help="The token's name, to recognise it later.")
        parser.add_argument(
            "--scope", action="append", dest="scopes", choices=ALL_SCOPES, help="Allow this (repeat; default: all)."
        )
        parser.add_argument("--collection", action="append", dest="collections", help="Only this collection id.")
        parser.add_argument("--expires-days", type=int, help="The token stops working after this many days.")

    def handle(
        self, *args: object, username: str, staff: bool, rotate: bool, name: str, scopes: list[str] | None,
        collections: list[str] | None, expires_days: int | None, **options: object,
    ) -> None:  # fmt: skip
        user, created = get_user_model().objects.get_or_create(username=username)
        if created:
            user.set_unusable_password()  # token only; `manage.py changepassword` enables the admin login
        if staff and not user.is_staff:
            user.is_staff = True
        user.save()
        if rotate:
            revoke_all(user=user, origin=ORIGIN)
        expires_at = timezone.now() + timedelta(days=expires_days) if expires_days is not None else None
        try:
            _, key = create_token(user=user, name=name, scopes=scopes or ALL_SCOPES, collection_ids=collections,
                                  expires_at=expires_at, origin=ORIGIN)  # fmt: skip
        except (Invalid, NotFound) as exc:
            raise CommandError(str(exc)) from None
        self.stderr.write(f"{'created' if created else 'found'} user {username!r}; its new API token {name!r}:")
        self.stdout.write(key)

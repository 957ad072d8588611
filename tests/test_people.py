"""`manage.py create_person`: an ordinary person (not staff) who can sign in on the chat page."""

import io
import sys

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.test import Client

from chat.models import AuditEvent

pytestmark = pytest.mark.django_db


def create(*args: str, stdin: str = "") -> str:
    out = io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "stdin", io.StringIO(stdin))
        call_command("create_person", *args, stdout=out)
    return out.getvalue()


def test_a_person_signs_in_with_the_printed_password_and_is_not_staff(settings):
    settings.API_AUTH_REQUIRED = True
    printed = create("dana", "--email", "dana@example.com")
    password = printed.split("password: ")[1].strip()
    dana = User.objects.get(username="dana")
    assert not dana.is_staff and not dana.is_superuser and dana.email == "dana@example.com"
    client = Client()
    assert client.login(username="dana", password=password)
    assert client.get("/").status_code == 200  # the chat page, signed in
    assert client.get("/admin/").status_code == 302  # not the admin


def test_a_password_from_stdin_is_checked_and_not_printed():
    with pytest.raises(CommandError, match="refused"):
        create("erin", "--password-stdin", stdin="123\n")
    assert not User.objects.filter(username="erin").exists()
    printed = create("erin", "--password-stdin", stdin="correct-horse-battery-7\n")
    assert "correct-horse" not in printed
    assert User.objects.get(username="erin").check_password("correct-horse-battery-7")


def test_an_existing_user_is_left_alone_and_a_token_is_audited():
    create("frank", "--token")
    assert AuditEvent.objects.get().action == AuditEvent.Action.TOKEN_CREATE
    before = User.objects.get(username="frank").password
    with pytest.raises(CommandError, match="exists already"):
        create("frank")
    assert User.objects.get(username="frank").password == before

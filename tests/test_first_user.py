"""`manage.py first_user` (run by `make run`): a first sign-in on an empty database, once."""

import io

import pytest
from django.contrib.auth import authenticate
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client

pytestmark = pytest.mark.django_db


def test_an_empty_database_gets_one_staff_user_with_a_random_password(settings, tmp_path):
    settings.API_AUTH_REQUIRED, settings.VAR_DIR = True, tmp_path
    out = io.StringIO()
    call_command("first_user", stdout=out)
    [user] = User.objects.all()
    note = (tmp_path / "first-user.txt").read_text()
    password = note.split("password: ")[1].strip()
    assert user.username == "admin" and user.is_staff and user.is_superuser
    assert authenticate(username="admin", password=password) == user and password in out.getvalue()
    assert (tmp_path / "first-user.txt").stat().st_mode & 0o077 == 0  # the owner's only

    call_command("first_user", stdout=(again := io.StringIO()))
    assert User.objects.count() == 1 and again.getvalue() == ""


def test_with_sign_in_off_nobody_is_created(settings, tmp_path):
    settings.API_AUTH_REQUIRED, settings.VAR_DIR = False, tmp_path
    call_command("first_user", stdout=io.StringIO())
    assert not User.objects.exists()


def test_the_login_page_says_how_to_get_a_first_user(settings):
    settings.API_AUTH_REQUIRED = True
    page = Client().get("/", follow=True)
    assert page.status_code == 200 and "createsuperuser" in page.content.decode()
    User.objects.create_user("someone", password="x")
    assert "createsuperuser" not in Client().get("/accounts/login/").content.decode()

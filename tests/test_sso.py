"""Single sign-on around the flow itself (chat/web_oidc.py, chat/web.py's LoginView, chat/checks.py):
what is there while OIDC_ISSUER is unset (nothing new), the login page's button, local accounts
turned off, and the checks of a half-made configuration. Nothing here may reach the provider:
its issuer is a closed port. The flow against the real provider: tests/e2e/test_oidc_sign_in.py."""

import contextlib
import socket
import sys
import threading

import jwt
import pytest
from django.contrib.auth.models import Permission, User
from django.test import Client

from chat import checks
from chat.backends import oidc
from chat.models import OidcIdentity

pytestmark = pytest.mark.django_db

DEAD_ISSUER = "http://127.0.0.1:9/o"  # discard port: connections are refused


@pytest.fixture
def sso(settings):
    oidc.forget()
    settings.OIDC_ISSUER = DEAD_ISSUER
    settings.OIDC_RP_CLIENT_ID, settings.OIDC_RP_CLIENT_SECRET = "pdfchat", "secret"
    settings.OIDC_PROVIDER_NAME = "Acme ID"
    settings.OIDC_TIMEOUT = 2
    yield settings
    oidc.forget()


def test_without_an_issuer_nothing_changes(settings):
    assert settings.AUTHENTICATION_BACKENDS == ["django.contrib.auth.backends.ModelBackend"]
    page = Client().get("/accounts/login/").content.decode()
    assert 'id="id_password"' in page and "Sign in with" not in page and "/oidc/" not in page
    assert Client().get("/oidc/authenticate/").status_code == 404
    assert Client().get("/oidc/callback/?code=x&state=y").status_code == 404
    assert checks.single_sign_on(None) == []


def test_the_login_page_offers_the_provider_without_asking_it_anything(sso):
    page = Client().get("/accounts/login/?next=/documents/1/view").content.decode()
    assert 'href="/oidc/authenticate/?next=/documents/1/view"' in page and "Sign in with Acme ID" in page
    assert 'id="id_password"' in page  # local accounts stay, beside the button


def test_a_provider_that_is_down_is_said_on_the_login_page(sso):
    response = Client().get("/oidc/authenticate/", follow=True)
    assert response.redirect_chain == [("/accounts/login/", 302)]
    assert f"The sign-in service at {DEAD_ISSUER} is not answering; try again later." in response.content.decode()


@pytest.fixture
def hanging_issuer():
    """An issuer whose port accepts connections and never answers; yields (issuer, count of
    connections made to it)."""
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []

    def accept() -> None:
        with contextlib.suppress(OSError):
            while True:
                accepted.append(listener.accept()[0])

    threading.Thread(target=accept, daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/o", accepted
    listener.close()
    for connection in accepted:
        connection.close()


def test_a_provider_that_hangs_is_asked_once_then_said_down_at_once_until_retry_after(sso, hanging_issuer):
    issuer, connections = hanging_issuer
    sso.OIDC_ISSUER, sso.OIDC_TIMEOUT, sso.OIDC_RETRY_AFTER = issuer, 0.5, 60
    down = f"The sign-in service at {issuer} is not answering; try again later."
    first = Client().get("/oidc/authenticate/", follow=True)
    assert down in first.content.decode() and len(connections) == 1
    for _ in range(3):  # each request after it is told without asking (and waiting on) the provider
        assert down in Client().get("/oidc/authenticate/", follow=True).content.decode()
    assert len(connections) == 1

    sso.OIDC_RETRY_AFTER = 0  # past it: the provider is asked again
    assert down in Client().get("/oidc/authenticate/", follow=True).content.decode()
    assert len(connections) == 2


def test_a_key_set_that_hangs_is_asked_once_for_many_access_tokens(sso, hanging_issuer):
    issuer, connections = hanging_issuer
    sso.OIDC_API_AUDIENCE, sso.OIDC_TIMEOUT, sso.OIDC_RETRY_AFTER = "pdfchat-api", 0.5, 60
    sso.OIDC_OP_AUTHORIZATION_ENDPOINT = sso.OIDC_OP_TOKEN_ENDPOINT = f"{DEAD_ISSUER}/unused"
    sso.OIDC_OP_JWKS_ENDPOINT = f"{issuer}/jwks"
    key = "a key that is not the provider's, 32 bytes or more"
    token = jwt.encode({"sub": "someone"}, key, algorithm="HS256", headers={"kid": "k1"})
    client = Client(headers={"Authorization": f"Bearer {token}"})
    for _ in range(3):
        response = client.get("/documents")
        assert response.status_code == 503 and "is not answering" in response.json()["detail"]
    assert len(connections) == 1


def test_a_stale_callback_is_said_on_the_login_page(sso, settings):
    settings.OIDC_OP_AUTHORIZATION_ENDPOINT = "http://127.0.0.1:9/o/authorize/"
    settings.OIDC_OP_TOKEN_ENDPOINT = "http://127.0.0.1:9/o/token/"
    settings.OIDC_OP_JWKS_ENDPOINT = "http://127.0.0.1:9/o/jwks/"
    settings.AUTHENTICATION_BACKENDS = [*settings.AUTHENTICATION_BACKENDS, "chat.web_oidc.ProviderBackend"]
    client = Client()
    client.get("/accounts/login/")
    session = client.session
    session["oidc_states"] = {"known": {"nonce": "n", "code_verifier": "v", "added_on": 0}}
    session.save()
    response = client.get("/oidc/callback/?code=c&state=unknown", follow=True)
    assert "it was stale, or begun in another browser" in response.content.decode()
    response = client.get(
        "/oidc/callback/?error=access_denied&error_description=Consent+refused&state=known", follow=True
    )
    assert "did not sign you in: Consent refused." in response.content.decode()
    assert "known" not in client.session["oidc_states"]  # answered: it cannot be used again


def test_an_error_callback_for_a_sign_in_not_begun_here_neither_signs_out_nor_shows_its_text(sso, settings):
    settings.AUTHENTICATION_BACKENDS = [*settings.AUTHENTICATION_BACKENDS, "chat.web_oidc.ProviderBackend"]
    client = Client()
    client.force_login(User.objects.create_user("ann"))
    session = client.session
    session["oidc_states"] = {"known": {"nonce": "n", "code_verifier": "v", "added_on": 0}}
    session.save()

    lure = "Your account is locked: call +1 555 0100 now"
    for state in ("", "&state=forged"):
        response = client.get(f"/oidc/callback/?error=access_denied&error_description={lure}{state}", follow=True)
        assert response.status_code == 200 and "555 0100" not in response.content.decode()
        assert "_auth_user_id" in client.session  # still signed in
        stranger = Client()
        page = stranger.get(f"/oidc/callback/?error=access_denied&error_description={lure}{state}", follow=True)
        assert "The sign-in did not complete; try again." in page.content.decode()
        assert "555 0100" not in page.content.decode()

    # The provider answering a sign-in this session began: its words, cut short, and signed out.
    response = client.get(f"/oidc/callback/?error=server_error&error_description={'x' * 500}&state=known", follow=True)
    page = response.content.decode()
    assert f"did not sign you in: {'x' * 199}…." in page and "x" * 200 not in page
    assert "_auth_user_id" not in client.session


def test_a_deactivated_person_is_signed_out_of_an_open_session(sso, settings):
    settings.AUTHENTICATION_BACKENDS = [*settings.AUTHENTICATION_BACKENDS, "chat.web_oidc.ProviderBackend"]
    settings.API_AUTH_REQUIRED = True
    ann = User.objects.create_user("ann")
    client = Client()
    client.force_login(ann, backend="chat.web_oidc.ProviderBackend")
    assert client.get("/").status_code == 200
    User.objects.filter(pk=ann.pk).update(is_active=False)
    assert client.get("/")["Location"].startswith("/accounts/login/")


def test_local_accounts_off_leaves_only_superusers_a_password_in_the_admin(sso, settings):
    settings.LOCAL_ACCOUNTS = False
    settings.AUTHENTICATION_BACKENDS = ["chat.web_oidc.SuperusersOnlyBackend", "chat.web_oidc.ProviderBackend"]
    User.objects.create_user("ann", password="ann-password-1")
    User.objects.create_superuser("root", password="root-password-1")

    page = Client().get("/accounts/login/").content.decode()
    assert "Sign in with Acme ID" in page and 'id="id_password"' not in page
    for username, password in (("ann", "ann-password-1"), ("root", "root-password-1")):
        client = Client()
        response = client.post("/accounts/login/", {"username": username, "password": password})
        assert response.status_code == 403 and "Sign-in with a password is off here" in response.content.decode()
        assert "_auth_user_id" not in client.session

    ann, root = Client(), Client()
    ann.post("/admin/login/?next=/admin/", {"username": "ann", "password": "ann-password-1"})
    assert "_auth_user_id" not in ann.session
    response = root.post("/admin/login/?next=/admin/", {"username": "root", "password": "root-password-1"})
    assert response.status_code == 302 and root.get("/admin/").status_code == 200


def test_only_a_superuser_may_give_an_identity_another_account():
    """Whoever may change an identity's user signs in as that user: with
    change_oidcidentity alone, a staff member would point his own identity at a superuser."""
    root = User.objects.create_superuser("root", password="root-password-1")
    mallory = User.objects.create_user("mallory", is_staff=True)
    mallory.user_permissions.add(*Permission.objects.filter(codename__in=["view_oidcidentity", "change_oidcidentity"]))
    identity = OidcIdentity.objects.create(user=mallory, issuer=DEAD_ISSUER, subject="s-mallory")
    url = f"/admin/chat/oidcidentity/{identity.pk}/change/"

    staff = Client()
    staff.force_login(mallory)
    page = staff.get(url)
    assert page.status_code == 200 and 'name="user"' not in page.content.decode()  # read-only
    assert staff.post(url, {"user": root.pk}).status_code == 403
    identity.refresh_from_db()
    assert identity.user == mallory

    superuser = Client()
    superuser.force_login(root)
    older = User.objects.create_user("mallory-local")
    assert superuser.post(url, {"user": older.pk}).status_code == 302
    identity.refresh_from_db()
    assert identity.user == older


def test_checks_of_a_half_made_configuration(settings, monkeypatch):
    settings.LOCAL_ACCOUNTS = False
    [error] = checks.single_sign_on(None)
    assert error.id == "chat.E002" and "LOCAL_ACCOUNTS=false set without OIDC_ISSUER" in error.msg
    settings.LOCAL_ACCOUNTS = True
    settings.OIDC_ISSUER, settings.OIDC_RP_CLIENT_ID, settings.OIDC_RP_CLIENT_SECRET = DEAD_ISSUER, "pdfchat", ""
    [error] = checks.single_sign_on(None)
    assert error.id == "chat.E002" and "OIDC_CLIENT_SECRET not" in error.msg

    # Complete, the provider is asked only by `manage.py check`, never when a server starts.
    settings.OIDC_RP_CLIENT_SECRET, settings.OIDC_TIMEOUT = "secret", 2
    oidc.forget()
    monkeypatch.setattr(sys, "argv", ["manage.py", "runserver"])
    assert checks.single_sign_on(None) == []
    monkeypatch.setattr(sys, "argv", ["manage.py", "check"])
    [warning] = checks.single_sign_on(None)
    assert warning.id == "chat.W003" and "is not answering" in warning.msg

"""services/identity.py: the account a provider's claims are, made at the first sign-in and
brought up to date at every one (email, groups, staff), without taking over a local account
and without touching the memberships an administrator gave. The whole flow against the real
provider is in tests/e2e/test_oidc_sign_in.py and tests/browser/test_oidc_sign_in.py."""

import pytest
from django.contrib.auth.models import Group, User

from chat.models import Collection, Membership, OidcIdentity, Role
from chat.selectors.access import Asker, roles
from chat.selectors.identity import user_for_subject
from chat.services.identity import SignInRefused, group_names, sign_in_with_provider, wanted_username

pytestmark = pytest.mark.django_db

ISSUER = "https://id.example.com/realms/acme"


@pytest.fixture(autouse=True)
def _oidc(settings):
    settings.OIDC_ISSUER = ISSUER
    settings.OIDC_STAFF_GROUP = "pdfchat-admins"
    settings.OIDC_GROUPS_CLAIM = "groups"
    settings.OIDC_USERNAME_CLAIM = "preferred_username"
    settings.OIDC_REQUIRE_VERIFIED_EMAIL = True


def claims(sub: str = "s-1", **extra: object) -> dict:
    return {"sub": sub, "preferred_username": "ann", "email": "ann@example.com", "email_verified": True} | extra


def group_list(user: User) -> list[str]:
    return sorted(user.groups.values_list("name", flat=True))


def test_first_sign_in_makes_the_user_and_later_ones_update_it():
    user = sign_in_with_provider(issuer=ISSUER, claims=claims(groups=["support", "pdfchat-admins"]))
    assert (user.username, user.email, user.is_staff) == ("ann", "ann@example.com", True)
    assert not user.has_usable_password() and group_list(user) == ["pdfchat-admins", "support"]
    assert user.personal_collection.name == "ann's documents"
    assert user_for_subject(issuer=ISSUER, subject="s-1") == user
    assert user_for_subject(issuer="https://other.example.com", subject="s-1") is None

    again = sign_in_with_provider(
        issuer=ISSUER, claims=claims(preferred_username="ann.renamed", email="ann@acme.example", groups=["readers"])
    )
    assert again.pk == user.pk and again.username == "ann"  # the username stays; the email follows
    assert (again.email, again.is_staff, group_list(again)) == ("ann@acme.example", False, ["readers"])


def test_a_group_from_the_provider_grants_its_collections_until_it_is_gone():
    support = Collection.objects.create(name="Support")
    Membership.objects.create(collection=support, group=Group.objects.create(name="support"), role=Role.EDITOR)
    user = sign_in_with_provider(issuer=ISSUER, claims=claims(groups=["support"]))
    assert roles(asker=Asker(user=user))[support.pk] == Role.EDITOR
    user = sign_in_with_provider(issuer=ISSUER, claims=claims(groups=[]))
    assert support.pk not in roles(asker=Asker(user=user))


def test_only_the_memberships_the_provider_granted_are_withdrawn():
    user = sign_in_with_provider(issuer=ISSUER, claims=claims(groups=["support"]))
    user.groups.add(Group.objects.create(name="given-by-an-admin"))
    sign_in_with_provider(issuer=ISSUER, claims=claims(groups=["readers"]))
    assert group_list(user) == ["given-by-an-admin", "readers"]
    assert list(OidcIdentity.objects.get(user=user).groups.values_list("name", flat=True)) == ["readers"]
    sign_in_with_provider(issuer=ISSUER, claims=claims())  # no groups claim: no provider groups
    assert group_list(user) == ["given-by-an-admin"]


def test_a_membership_an_admin_gave_before_the_provider_sent_it_stays_the_admins():
    user = sign_in_with_provider(issuer=ISSUER, claims=claims(groups=[]))
    user.groups.add(Group.objects.create(name="support"))  # given by hand in the admin
    sign_in_with_provider(issuer=ISSUER, claims=claims(groups=["support", "readers"]))
    assert list(OidcIdentity.objects.get(user=user).groups.values_list("name", flat=True)) == ["readers"]
    sign_in_with_provider(issuer=ISSUER, claims=claims(groups=[]))  # the provider stops sending both
    assert group_list(user) == ["support"]


def test_groups_off_and_no_staff_group_leave_them_to_pdfchat(settings):
    settings.OIDC_GROUPS_CLAIM = ""
    settings.OIDC_STAFF_GROUP = ""
    user = User.objects.get(pk=sign_in_with_provider(issuer=ISSUER, claims=claims(groups=["support"])).pk)
    user.is_staff = True
    user.save()
    user = sign_in_with_provider(issuer=ISSUER, claims=claims(groups=["support"]))
    assert group_list(user) == [] and user.is_staff


def test_an_existing_account_is_never_taken_over():
    local = User.objects.create_user("Ann", password="local-password-1")
    User.objects.create_user("ann-2")
    first = sign_in_with_provider(issuer=ISSUER, claims=claims(sub="s-1"))
    second = sign_in_with_provider(issuer=ISSUER, claims=claims(sub="s-2"))
    assert (first.username, second.username) == ("ann-3", "ann-4")
    local.refresh_from_db()
    assert local.check_password("local-password-1") and not OidcIdentity.objects.filter(user=local).exists()


@pytest.mark.parametrize("verified", [False, "false", "False"])
def test_an_unverified_email_is_refused(verified):
    with pytest.raises(SignInRefused, match=r"ann@example\.com is not verified"):
        sign_in_with_provider(issuer=ISSUER, claims=claims(email_verified=verified))
    assert not User.objects.exists()


def test_no_email_verified_claim_is_not_a_refusal_and_the_check_can_be_off(settings):
    assert sign_in_with_provider(issuer=ISSUER, claims=claims(email_verified=None)).username == "ann"
    settings.OIDC_REQUIRE_VERIFIED_EMAIL = False
    assert sign_in_with_provider(issuer=ISSUER, claims=claims(sub="s-2", email_verified=False)).username == "ann-2"


def test_a_deactivated_account_is_refused():
    user = sign_in_with_provider(issuer=ISSUER, claims=claims())
    User.objects.filter(pk=user.pk).update(is_active=False)
    with pytest.raises(SignInRefused, match="deactivated"):
        sign_in_with_provider(issuer=ISSUER, claims=claims())


def test_usernames_and_group_names_as_django_allows_them():
    assert wanted_username(claims={"preferred_username": "Ann Smith (HR)"}, subject="x") == "Ann-Smith-HR"
    assert wanted_username(claims={"email": "bob@example.com"}, subject="x") == "bob"
    assert wanted_username(claims={}, subject="0f3c") == "user-0f3c"
    assert group_names("staff") == ["staff"]
    assert group_names(["a", " a ", "", 3, "b", "x" * 151]) == ["a", "b"]
    assert group_names({"not": "a list"}) == []

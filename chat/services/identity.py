"""A person signing in with the organisation's OpenID Connect provider (docs/sso.md): their
account is made at the first sign-in, and their email, groups and staff status are brought up
to date at every one, from the claims the provider vouched for.

- **Who.** A person is found again by the provider's subject (`sub`, models/identity.py), never
  by username or email, which the provider may give to someone else later.
- **Username.** Taken from OIDC_USERNAME_CLAIM at the first sign-in (else the email's local
  part, else the subject). If a pdfchat account has that name already (a local account, or
  another subject's), the new account gets the first free `name-2`, `name-3`...: an existing
  account, its password and documents, is never taken over. A superuser who wants the person
  in the older account moves their OIDC identity to it in the admin (superusers only: admin/credentials.py).
- **Groups.** Each name in OIDC_GROUPS_CLAIM is a Django group (made if need be), and so may
  be a member of collections (selectors/access.py). The provider manages the memberships it
  granted: a group it stops sending is left at the next sign-in; memberships given in pdfchat
  (the admin) are left alone, also when the provider sends the same group. No groups claim is
  no groups.
- **Staff.** With OIDC_STAFF_GROUP set, is_staff is whether the person is in it, at every
  sign-in. Superuser status is pdfchat's own.
"""

import logging
import re
from collections.abc import Iterable, Mapping
from typing import Any

from django.conf import settings
from django.contrib.auth.models import Group, User
from django.db import IntegrityError, transaction
from django.utils import timezone

from chat.models import OidcIdentity
from chat.selectors.identity import identity_for_subject

logger = logging.getLogger(__name__)

USERNAME_MAX = 150  # Django's User.username
NOT_IN_A_USERNAME = re.compile(r"[^\w.@+-]+")  # Django's username validator allows only these


class SignInRefused(Exception):
    """The provider vouched for someone pdfchat does not let in; the message is for them."""


def sign_in_with_provider(*, issuer: str, claims: Mapping[str, Any]) -> User:
    """The user these verified claims (ID token and userinfo) are, made or brought up to date.
    Raises SignInRefused (an unverified email, a deactivated account, no subject)."""
    subject = str(claims.get("sub") or "")
    if not subject:
        raise SignInRefused("The sign-in service did not say who you are (no `sub` claim).")
    email = str(claims.get(settings.OIDC_EMAIL_CLAIM) or "")
    if settings.OIDC_REQUIRE_VERIFIED_EMAIL and _is_false(claims.get("email_verified")):
        raise SignInRefused(
            f"Your email address {email} is not verified at the sign-in service: verify it there, then sign in again."
        )
    groups = group_names(claims.get(settings.OIDC_GROUPS_CLAIM)) if settings.OIDC_GROUPS_CLAIM else None
    try:
        return _sign_in(issuer=issuer, subject=subject, claims=claims, email=email, groups=groups)
    except IntegrityError:  # the same person's first sign-in in two tabs at once: the other one made them
        return _sign_in(issuer=issuer, subject=subject, claims=claims, email=email, groups=groups)


def _sign_in(*, issuer: str, subject: str, claims: Mapping[str, Any], email: str, groups: list[str] | None) -> User:
    with transaction.atomic():
        identity = identity_for_subject(issuer=issuer, subject=subject)
        if identity is None:
            user = User(username=free_username(wanted=wanted_username(claims=claims, subject=subject)), email=email)
            user.set_unusable_password()  # signs in with the provider only
            user.save()
            identity = OidcIdentity.objects.create(user=user, issuer=issuer, subject=subject)
            logger.info("OIDC: made %r for subject %s at %s", user.username, subject, issuer)
        user = identity.user
        if not user.is_active:
            raise SignInRefused("Your pdfchat account is deactivated: ask an administrator.")
        user.email = email or user.email
        if groups is not None:
            sync_groups(identity=identity, names=groups)
            if settings.OIDC_STAFF_GROUP:
                user.is_staff = settings.OIDC_STAFF_GROUP in groups
        user.save(update_fields=["email", "is_staff"])
        identity.last_sign_in_at = timezone.now()
        identity.save(update_fields=["last_sign_in_at"])
    return user


def sync_groups(*, identity: OidcIdentity, names: Iterable[str]) -> None:
    """Make the provider-granted memberships of the identity's user exactly `names`: join the
    new ones (groups made if need be), leave those the provider granted before and no longer
    sends, and keep every membership the provider did not grant. A membership the user held
    already (an administrator gave it) is not the provider's, even when the provider sends
    it too: recorded as the provider's, it would be taken away when the provider stops."""
    wanted = [_group(name) for name in names]
    before = set(identity.groups.all())
    held = set(identity.user.groups.all())
    gone = before - set(wanted)
    if gone:
        identity.user.groups.remove(*gone)
    identity.user.groups.add(*wanted)
    granted = [group for group in wanted if group in before or group not in held]
    identity.groups.set(granted)
    if gone or set(granted) != before:
        logger.info("OIDC: %r's groups from the provider: %s", identity.user.username, sorted(g.name for g in granted))


def _group(name: str) -> Group:
    try:
        with transaction.atomic():
            return Group.objects.get_or_create(name=name)[0]
    except IntegrityError:  # made by a concurrent sign-in
        return Group.objects.get(name=name)


def group_names(value: object) -> list[str]:
    """The groups claim as names: a list of strings (or one string), blanks and names too long
    for a Django group (150 characters) left out, each name once, in order."""
    items = [value] if isinstance(value, str) else value if isinstance(value, list | tuple) else []
    names: list[str] = []
    for item in items:
        name = item.strip() if isinstance(item, str) else ""
        if name and len(name) <= Group._meta.get_field("name").max_length and name not in names:
            names.append(name)
        elif name:
            logger.warning("OIDC: group %r left out: longer than a Django group's name may be", name[:60])
    return names


def wanted_username(*, claims: Mapping[str, Any], subject: str) -> str:
    """The username the claims ask for, as Django allows one: OIDC_USERNAME_CLAIM, else the
    email's local part, else `user-<subject>`."""
    email = str(claims.get(settings.OIDC_EMAIL_CLAIM) or "")
    for candidate in (claims.get(settings.OIDC_USERNAME_CLAIM), email.partition("@")[0], f"user-{subject}"):
        cleaned = NOT_IN_A_USERNAME.sub("-", str(candidate or "")).strip("-")[: USERNAME_MAX - 8]
        if cleaned:
            return cleaned
    return "user"


def free_username(*, wanted: str) -> str:
    """`wanted`, or `wanted-2`, `wanted-3`... if an account has it (in any case): never an
    existing account's name."""
    similar = User.objects.filter(username__istartswith=wanted).values_list("username", flat=True)
    taken = {name.lower() for name in similar}
    if wanted.lower() not in taken:
        return wanted
    number = 2
    while f"{wanted}-{number}".lower() in taken:
        number += 1
    return f"{wanted}-{number}"


def _is_false(value: object) -> bool:
    """email_verified as providers send it: false, or "false" (some send strings). Absent is not false."""
    return value is False or (isinstance(value, str) and value.strip().lower() == "false")

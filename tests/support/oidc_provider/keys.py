"""The provider's secrets, made on first start and kept in its directory (OIDC_PROVIDER_DIR):
the RSA key that signs ID and access tokens, and Django's SECRET_KEY. Kept on disk so that a
provider stopped and started again (a test of "provider down") keeps the same JWKS and the
browser's session at the provider."""

import os
import secrets
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def _write_once(path: Path, make: Callable[[], str]) -> str:
    if not path.exists():
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(make())
        tmp.chmod(0o600)
        tmp.replace(path)
    return path.read_text()


def _rsa_pem() -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def rsa_private_key(directory: Path) -> str:
    """The PEM of the signing key in `directory`, generated the first time."""
    return _write_once(directory / "oidc-rsa-key.pem", _rsa_pem)


def secret_key(directory: Path) -> str:
    """Django's SECRET_KEY for the provider in `directory`, generated the first time."""
    return _write_once(directory / "secret-key.txt", lambda: secrets.token_urlsafe(50))

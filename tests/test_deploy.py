"""Production settings: `check --deploy` is clean when configured as the README says."""

import subprocess
import sys

import pytest
from rest_framework.test import APIClient

from scripts.processes import ROOT
from tests.support.processes import child_env

PRODUCTION = {
    "DEBUG": "false",
    "HTTPS": "true",
    "SECURE_HSTS_PRELOAD": "true",
    "SECRET_KEY": "k3y-for-tests-only-" + "x7Qp2Lm9Zr4Tv8Wn1Bc6Hd3Jf5Gs0Ka" * 2,
    "ALLOWED_HOSTS": "pdfchat.example.com",
}


def check_deploy(**env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={**child_env(), **env},
        capture_output=True,
        text=True,
    )


@pytest.mark.django_db
def test_check_deploy_is_clean_with_production_settings():
    result = check_deploy(**PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert "WARNINGS" not in result.stderr and "ERRORS" not in result.stderr
    assert "chat.I001" in result.stderr  # only the search engine in use, for the operator


@pytest.mark.django_db
def test_check_deploy_flags_the_development_defaults():
    result = check_deploy(DEBUG="false")
    codes = {code for code in ("W004", "W008", "W009", "W012", "W016") if f"security.{code}" in result.stderr}
    # The ones the README lists; not W009 (a weak SECRET_KEY): the key is generated, never a constant.
    assert codes == {"W004", "W008", "W012", "W016"}


@pytest.mark.django_db
def test_uploaded_files_are_not_served(refcard_rows):
    client = APIClient()
    name = refcard_rows.file.name
    for path in (f"/media/{name}", f"/static/../media/{name}", f"/{name}"):
        assert client.get(path).status_code == 404

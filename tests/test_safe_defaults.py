"""Safe defaults: no public SECRET_KEY, sign-in whatever DEBUG says, system checks that say what is missing."""

import stat
import subprocess
import sys

import pytest

from config import secret_key
from scripts.processes import ROOT, free_port
from tests.support.processes import child_env

# manage.py runs on the test run's database (`check` names its search engine): both passes of make test.
pytestmark = pytest.mark.engine


def manage(*args: str, unset: tuple[str, ...] = (), **env: str) -> subprocess.CompletedProcess:
    environment = {**child_env(), **env}
    for name in unset:
        environment.pop(name, None)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60
    )


def setting(name: str, **kwargs) -> str:
    result = manage("shell", "-c", f"from django.conf import settings; print(settings.{name})", **kwargs)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]  # after the shell's own "objects imported" line


def test_without_a_secret_key_the_service_refuses_to_start(tmp_path):
    result = manage("check", unset=("SECRET_KEY",), DEBUG="false", PDFCHAT_VAR_DIR=str(tmp_path))
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr
    assert "python -m config.secret_key" in result.stderr


def test_the_public_development_key_is_refused(tmp_path):
    (public,) = secret_key.PUBLIC_KEYS
    result = manage("check", DEBUG="false", SECRET_KEY=public, PDFCHAT_VAR_DIR=str(tmp_path))
    assert result.returncode != 0
    assert "public development key" in result.stderr


def test_a_generated_key_is_kept_private_and_used(tmp_path):
    generated = subprocess.run(
        [sys.executable, "-m", "config.secret_key", str(tmp_path)], cwd=ROOT, capture_output=True, text=True
    )
    assert generated.returncode == 0 and "generated a SECRET_KEY" in generated.stdout
    key_file = tmp_path / secret_key.FILENAME
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    key = key_file.read_text().strip()
    assert len(key) >= 50
    assert not secret_key.ensure(tmp_path)  # a second start keeps the key (sessions stay valid)
    assert key_file.read_text().strip() == key
    assert setting("SECRET_KEY", unset=("SECRET_KEY",), DEBUG="false", PDFCHAT_VAR_DIR=str(tmp_path)) == key


def test_debug_alone_starts_without_a_key_but_with_a_random_one(tmp_path):
    first = setting("SECRET_KEY", unset=("SECRET_KEY",), DEBUG="true", PDFCHAT_VAR_DIR=str(tmp_path))
    second = setting("SECRET_KEY", unset=("SECRET_KEY",), DEBUG="true", PDFCHAT_VAR_DIR=str(tmp_path))
    assert first.startswith("django-insecure-") and first != second
    assert first not in secret_key.PUBLIC_KEYS


@pytest.mark.parametrize("debug", ["true", "false"])
def test_sign_in_is_required_unless_turned_off_explicitly(debug):
    assert setting("API_AUTH_REQUIRED", unset=("API_AUTH_REQUIRED",), DEBUG=debug) == "True"
    assert setting("API_AUTH_REQUIRED", API_AUTH_REQUIRED="false", DEBUG=debug) == "False"


def test_check_names_the_search_engine_in_use():
    result = manage("check")
    assert result.returncode == 0, result.stderr
    assert "chat.I001" in result.stdout + result.stderr
    assert "SqliteEngine" in result.stdout + result.stderr or "PostgresEngine" in result.stdout + result.stderr


def test_check_reports_a_missing_redis():
    result = manage("check", REDIS_URL=f"redis://127.0.0.1:{free_port()}/0")
    assert "chat.W001" in result.stderr and "Redis does not answer" in result.stderr
    assert "REDIS_URL" in result.stderr  # the hint says how to fix it


def test_check_reports_a_missing_ocr_language():
    result = manage("check", OCR_LANGUAGES="eng,xyz")
    assert "chat.W002" in result.stderr and "xyz" in result.stderr
    assert "chat.W002" not in manage("check", OCR_LANGUAGES="eng,xyz", OCR_ENABLED="false").stderr


def test_other_commands_do_not_print_the_engine():
    result = manage("shell", "-c", "print('ok')")
    assert result.returncode == 0 and "chat.I001" not in result.stdout + result.stderr


@pytest.mark.parametrize("candidates", ["3", "100"])
def test_a_reranking_depth_outside_its_range_is_refused_with_the_range(candidates):
    result = manage("check", MODEL_RERANK_CANDIDATES=candidates, RETRIEVAL_TOP_K="5")
    assert result.returncode != 0
    assert f"MODEL_RERANK_CANDIDATES must be from RETRIEVAL_TOP_K (5) to 30, not {candidates}" in result.stderr

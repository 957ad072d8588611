"""METRICS_ENABLED=false (what bench.load --compare-metrics runs as "off"): no request
middleware, and GET /metrics is a 404."""

import os
import subprocess
import sys

import pytest
from django.contrib.auth import get_user_model

from scripts.processes import ROOT

pytestmark = pytest.mark.django_db


def test_metrics_off_makes_the_endpoint_a_404(client, settings):
    staff = get_user_model().objects.create_superuser("admin", "admin@example.com", "pw-for-tests")
    client.force_login(staff)
    assert client.get("/metrics").status_code == 200
    settings.METRICS_ENABLED = False
    assert client.get("/metrics").status_code == 404


@pytest.mark.parametrize(("value", "present"), [("true", True), ("false", False)])
def test_metrics_off_leaves_the_request_middleware_out(value, present):
    code = "from django.conf import settings; print('chat.web_metrics.RequestMetrics' in settings.MIDDLEWARE)"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings", "METRICS_ENABLED": value}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(present)

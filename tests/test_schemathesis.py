"""Property-based API tests: schemathesis generates requests from the OpenAPI schema."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from config.wsgi import application

CONFIG = schemathesis.Config.from_dict(
    {
        "seed": 20261125,
        "generation": {"max-examples": 40, "deterministic": True, "database": "none"},
    }
)

schema = schemathesis.openapi.from_wsgi("/schema?format=json", application, config=CONFIG)


@pytest.fixture
def _keep_test_connection():
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.django_db
@schema.parametrize()
@hypothesis_settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_api(case, media_root, _keep_test_connection):
    case.call_and_validate()

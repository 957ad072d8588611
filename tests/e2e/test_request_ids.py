"""End to end: the X-Request-ID of POST /chat/async is in a real `manage.py rqworker`'s log
lines about that job (text and LOG_FORMAT=json)."""

import json
import uuid

import pytest
from rest_framework.test import APIClient

from tests.support.processes import wait_until

pytestmark = pytest.mark.django_db(transaction=True)


def ask(request_id: str) -> str:
    client = APIClient()
    response = client.post("/chat/async", {"message": "anything?"}, format="json", HTTP_X_REQUEST_ID=request_id)
    assert response.status_code == 202, response.content
    assert response["X-Request-ID"] == request_id
    job_id = response.json()["job_id"]

    def done() -> bool:
        return client.get(f"/chat/jobs/{job_id}").json()["status"] in ("finished", "failed")

    wait_until(done, 30, f"job {job_id} to finish", interval=0.1)
    return job_id


def test_the_request_id_is_in_the_worker_log_lines_of_its_job(start_worker):
    worker = start_worker("chat")
    request_id = f"e2e-{uuid.uuid4().hex[:12]}"
    job_id = ask(request_id)

    def completed() -> list[str]:
        return [line for line in worker.output().splitlines() if f"Job OK ({job_id})" in line]

    [line] = wait_until(completed, 10, "the worker to log the job's end")
    assert f"[{request_id}]" in line, worker.output()
    [started] = [line for line in worker.output().splitlines() if "rq.worker" in line and "started with PID" in line]
    assert "rq.worker [-]:" in started  # outside a job: no id


def test_json_worker_log_lines_carry_it(start_worker):
    worker = start_worker("chat", LOG_FORMAT="json")
    request_id = f"e2e-{uuid.uuid4().hex[:12]}"
    job_id = ask(request_id)

    def about_the_job() -> list[dict]:
        lines = [json.loads(line) for line in worker.output().splitlines() if line.startswith("{")]
        return [line for line in lines if f"Job OK ({job_id})" in line["message"]]

    [line] = wait_until(about_the_job, 10, "the worker to log the job's end as JSON")
    assert line["request_id"] == request_id and line["logger"] == "rq.worker" and line["level"] == "INFO"

"""docs/grafana/pdfchat-dashboard.json only uses metrics pdfchat exports: every series name in
every panel's query is one that chat/metrics.py or the scrape-time collector
(chat/web_metrics.py) produces, with the suffix its type gives it (`_total` for a counter,
`_bucket`/`_count`/`_sum` for a histogram, none for a gauge). A renamed metric fails here."""

import json
import re
from pathlib import Path

import pytest
from prometheus_client.metrics import MetricWrapperBase

from chat import metrics
from chat.web_metrics import StateCollector

DASHBOARD = Path(__file__).resolve().parents[2] / "docs" / "grafana" / "pdfchat-dashboard.json"
SERIES = re.compile(r"\bpdfchat_[a-z_]+")
SUFFIXES = {"counter": ("_total",), "histogram": ("_bucket", "_count", "_sum"), "gauge": ("",)}


def exported_series() -> set[str]:
    """Every series name pdfchat's metrics can be queried by."""
    families = [
        family for value in vars(metrics).values() if isinstance(value, MetricWrapperBase) for family in value.collect()
    ]
    families += list(StateCollector().collect())  # the queue and document gauges, read at the scrape
    return {family.name + suffix for family in families for suffix in SUFFIXES[family.type]}


def panels(dashboard: dict) -> list[dict]:
    found = []
    for panel in dashboard["panels"]:
        found.append(panel)
        found += panel.get("panels", [])  # a collapsed row keeps its panels inside
    return found


def used_series(dashboard: dict) -> dict[str, set[str]]:
    """Panel title -> the pdfchat series its queries use."""
    return {
        panel["title"]: {name for target in panel.get("targets", []) for name in SERIES.findall(target["expr"])}
        for panel in panels(dashboard)
    }


@pytest.fixture
def dashboard() -> dict:
    return json.loads(DASHBOARD.read_text())


@pytest.mark.django_db
def test_every_metric_the_dashboard_uses_exists(dashboard):
    exported = exported_series()
    assert "pdfchat_http_request_duration_seconds_bucket" in exported and "pdfchat_queue_depth" in exported
    used = used_series(dashboard)
    unknown = {title: names - exported for title, names in used.items() if names - exported}
    assert not unknown, f"panels query metrics pdfchat does not export: {unknown}"
    assert set().union(*used.values()), "no panel queries a pdfchat metric"


@pytest.mark.django_db
def test_every_exported_metric_is_on_the_dashboard(dashboard):
    families = {re.sub(r"_(total|bucket|count|sum)$", "", name) for name in exported_series()}
    shown = {
        re.sub(r"_(total|bucket|count|sum)$", "", name) for names in used_series(dashboard).values() for name in names
    }
    assert families - shown == set()


@pytest.mark.django_db
def test_a_renamed_metric_would_be_caught():
    exported = exported_series()
    assert "pdfchat_answers_total" in exported
    assert "pdfchat_answers_count" not in exported  # a counter has no _count series
    assert "pdfchat_retrieval_duration_seconds" not in exported  # a histogram is queried by its suffixes
    assert "pdfchat_answer_total" not in exported


def test_panels_use_the_prometheus_datasource_variable(dashboard):
    assert any(v["name"] == "DS_PROMETHEUS" and v["type"] == "datasource" for v in dashboard["templating"]["list"])
    for panel in panels(dashboard):
        if panel["type"] == "row":
            continue
        assert panel["datasource"]["uid"] == "${DS_PROMETHEUS}", panel["title"]
        assert panel["targets"] and all(target["expr"] for target in panel["targets"]), panel["title"]

"""deploy/monitoring/: the Prometheus alert rules and the Grafana dashboard are loaded, every PromQL expression
parses (promql-parser, the Rust parser Prometheus-compatible tools use), and every series they name exists --
Pixel's in pixel_model/metrics.py, BentoML's in its own instruments -- so a renamed metric breaks this test, not
a dashboard at 3 a.m. Every pixel_* series is on the dashboard. That the series really appear on a served
/metrics is tests/integration/test_served.py's."""

from __future__ import annotations

import json
import re
from pathlib import Path

import promql_parser
import pytest
import yaml
from prometheus_client import Counter, Gauge, Histogram

from pixel_model import metrics as M

ROOT = Path(__file__).resolve().parents[2]
MON = ROOT / "deploy" / "monitoring"
SERIES = re.compile(r"\b((?:pixel|bentoml)_[a-z_]+)\b")


def alert_rules() -> list[dict]:
    doc = yaml.safe_load((MON / "alerts.yaml").read_text())
    return [r for g in doc["groups"] for r in g["rules"]]


def dashboard() -> dict:
    return json.loads((MON / "grafana-dashboard.json").read_text())


def dashboard_exprs() -> list[str]:
    # Grafana's variables, as Grafana substitutes them before Prometheus sees the query
    return [t["expr"].replace("$__rate_interval", "5m") for p in dashboard()["panels"] for t in p["targets"]]


def pixel_series() -> set[str]:
    """The sample names each pixel_* metric exposes."""
    out = set()
    for m in vars(M).values():
        if isinstance(m, Counter):
            out.add(m._name + "_total")
        elif isinstance(m, Histogram):
            out |= {m._name + s for s in ("_bucket", "_count", "_sum")}
        elif isinstance(m, Gauge):
            out.add(m._name)
    return out


def bentoml_series() -> set[str]:
    """BentoML's HTTP instruments under the service namespace (read from the installed BentoML's source)."""
    import bentoml

    src = (Path(bentoml.__file__).parent / "_internal/server/http/instruments.py").read_text()
    names = set(re.findall(r'name="([a-z_]+)"', src))
    out = set()
    for n in names:
        out |= {f"bentoml_service_{n}{s}" for s in ("", "_total", "_bucket", "_count", "_sum")}
    return out


def test_alert_rules_are_complete_and_parse():
    rules = alert_rules()
    assert len(rules) >= 5
    for r in rules:
        assert r["alert"].startswith("Pixel") and r["labels"]["severity"] in ("page", "warn")
        assert r["annotations"]["summary"] and r["annotations"]["description"]
        promql_parser.parse(r["expr"])


def test_the_slo_alerts_say_what_the_readme_says():
    by = {r["alert"]: r for r in alert_rules()}
    p95 = by["PixelAnalysisLatencyP95High"]["expr"]
    assert "histogram_quantile(0.95" in p95 and 'mode="analysis"' in p95 and "> 0.15" in p95
    assert "> 0.01" in by["PixelErrorRatioHigh"]["expr"]
    assert "pixel_degraded_total" in by["PixelRunnerDownCrisisFromRulesOnly"]["expr"]


def test_dashboard_loads_and_every_query_parses():
    d = dashboard()
    assert d["uid"] and d["panels"]
    ids = [p["id"] for p in d["panels"]]
    assert len(ids) == len(set(ids))
    for p in d["panels"]:
        assert p["targets"] and p["datasource"]["uid"] == "${datasource}"
    for expr in dashboard_exprs():
        promql_parser.parse(expr)


@pytest.mark.parametrize("where", ["alerts", "dashboard"])
def test_every_series_named_exists(where):
    exprs = [r["expr"] for r in alert_rules()] if where == "alerts" else dashboard_exprs()
    known = pixel_series() | bentoml_series()
    named = {n for e in exprs for n in SERIES.findall(e)}
    assert named and not (named - known), f"unknown series in {where}: {sorted(named - known)}"


def test_every_pixel_series_is_on_the_dashboard():
    on_dashboard = {n for e in dashboard_exprs() for n in SERIES.findall(e)}
    families = {re.sub(r"_(bucket|count|sum)$", "", n) for n in pixel_series()}
    missing = {f for f in families if not any(n.startswith(f) for n in on_dashboard)}
    assert not missing, f"pixel_* series with no panel: {sorted(missing)}"


def test_the_latency_buckets_resolve_the_slo():
    assert {0.05, 0.1, 0.15, 0.2, 0.25} <= set(M.LATENCY_BUCKETS)

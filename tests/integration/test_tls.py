"""HTTPS served by Pixel itself (PIXEL_TLS_CERTFILE / PIXEL_TLS_KEYFILE -> BentoML's ``ssl`` config): a real
`bentoml serve` with a self-signed certificate made here by ``openssl``; /infer answers over HTTPS and verifies
against that certificate, and the same port refuses plain HTTP (no HTTP answer at all, so no data in clear)."""

from __future__ import annotations

import shutil
import ssl
import subprocess

import httpx
import pytest

from .conftest import serve

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def tls_server(pixel_tag, bentoml_home, keys, tmp_path_factory):
    if not shutil.which("openssl"):
        pytest.skip("no openssl CLI to make the test certificate")
    work = tmp_path_factory.mktemp("tls")
    cert, key = work / "cert.pem", work / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    with serve(bentoml_home, work, keys, PIXEL_TLS_CERTFILE=str(cert), PIXEL_TLS_KEYFILE=str(key)) as srv:
        yield {**srv, "verify": ssl.create_default_context(cafile=str(cert))}


def test_infer_over_https_with_the_servers_certificate(tls_server):
    url = tls_server["url"]
    assert url.startswith("https://")
    r = httpx.post(
        f"{url}/infer",
        json={"user_query": "I want to kill myself tonight", "max_tokens": 0},
        headers=tls_server["headers"],
        verify=tls_server["verify"],
        timeout=60,
    )
    assert r.status_code == 200, r.text
    assert r.json()["conversation_metadata"]["crisis_risk_level"] in ("high", "imminent")
    with pytest.raises(httpx.ConnectError):  # an unknown certificate is not trusted by default
        httpx.get(f"{url}/readyz", timeout=10)


def test_plain_http_is_refused_on_the_tls_port(tls_server):
    plain = tls_server["url"].replace("https://", "http://")
    with pytest.raises(httpx.HTTPError):  # the TLS server closes the connection: no HTTP response comes back
        httpx.post(
            f"{plain}/infer", json={"user_query": "hello", "max_tokens": 0}, headers=tls_server["headers"], timeout=10
        )


def test_settings_refuse_half_a_tls_config(tmp_path):
    from pydantic import ValidationError

    from pixel_model.settings import Settings

    cert = tmp_path / "c.pem"
    cert.write_text("x")
    with pytest.raises(ValidationError, match="set both or neither"):
        Settings(tls_certfile=cert)
    with pytest.raises(ValidationError, match="not a readable file"):
        Settings(tls_certfile=cert, tls_keyfile=tmp_path / "missing.pem")
    assert Settings().ssl_config() is None
    key = tmp_path / "k.pem"
    key.write_text("x")
    assert Settings(tls_certfile=cert, tls_keyfile=key).ssl_config() == {
        "enabled": True,
        "certfile": str(cert),
        "keyfile": str(key),
    }

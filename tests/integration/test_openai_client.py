"""The OpenAI-compatible endpoints driven by the `openai` client library against a real `bentoml serve`: a user
of that library points ``base_url`` at Pixel and uses a Pixel API key. Chat completions (plain and streamed,
Pixel's analysis under ``pixel``), moderations, the library's own typed errors, and the audit log."""

from __future__ import annotations

import json

import openai
import pytest

pytestmark = pytest.mark.integration
CRISIS = "I want to kill myself tonight"


@pytest.fixture(scope="module")
def oa(server):
    return openai.OpenAI(base_url=f"{server['url']}/v1", api_key=server["keys"]["admin"], max_retries=0, timeout=120)


def test_chat_completion(oa):
    r = oa.chat.completions.create(
        model="pixel",
        max_tokens=24,
        user="u-openai",
        messages=[
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "I'm feeling overwhelmed with work"},
        ],
        extra_body={"session_id": "s-openai"},
    )
    assert r.object == "chat.completion" and r.model.startswith("pixel:")
    assert r.choices[0].message.role == "assistant" and r.choices[0].message.content.strip()
    assert r.choices[0].finish_reason == "stop"
    px = r.model_extra["pixel"]
    assert px["conversation_metadata"]["reply_source"] in ("generated", "composed")


def test_chat_completion_crisis_and_stream(oa):
    r = oa.chat.completions.create(model="pixel", messages=[{"role": "user", "content": CRISIS}])
    assert "988" in r.choices[0].message.content and r.model_extra["pixel"]["crisis_protocol"] is True
    stream = oa.chat.completions.create(
        model="pixel",
        stream=True,
        max_tokens=16,
        messages=[{"role": "user", "content": "how do I stop panic attacks?"}],
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks)
    assert text.strip() and chunks[-1].choices[0].finish_reason == "stop"
    assert chunks[-1].model_extra["pixel"]["conversation_metadata"]["reply_source"] in ("generated", "composed")


def test_moderation(oa):
    m = oa.moderations.create(model="pixel", input=[CRISIS, "What's the capital of Peru?"])
    crisis, ok = m.results
    assert crisis.flagged and crisis.categories.self_harm and crisis.category_scores.self_harm >= 0.5
    assert not ok.flagged and not ok.categories.self_harm


def test_library_raises_its_typed_errors(oa, server):
    with pytest.raises(openai.BadRequestError) as e:
        oa.chat.completions.create(model="pixel", messages=[{"role": "user", "content": "hi"}], n=2)
    assert e.value.param == "n" and e.value.code == "invalid_request"
    with pytest.raises(openai.AuthenticationError):
        openai.OpenAI(base_url=f"{server['url']}/v1", api_key="wrong", max_retries=0).moderations.create(input="hi")


def test_audited(oa, server):
    oa.moderations.create(model="pixel", input="I keep cutting my arms", extra_headers={"X-Request-ID": "oa-audit-1"})
    records = [json.loads(line) for line in server["audit"].read_text().splitlines() if "oa-audit-1" in line]
    assert records and records[0]["endpoint"] == "/v1/moderations" and records[0]["status"] == 200
    assert records[0]["risk_level"] != "none" and "text" not in records[0]

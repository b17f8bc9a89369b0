// Pixel's chat page: plain JS, no build step, nothing loaded from outside this server. The reply streams from
// /infer/stream (server-sent events over fetch; each sentence arrives only after the reply guard passed it).
"use strict";
const $ = (id) => document.getElementById(id);
const KEY = "pixel.apiKey";
const DOMAINS = ["emotional_awareness", "empathy_recognition", "emotional_regulation", "social_cognition",
  "interpersonal_skills", "overall_eq"];
const history = [];      // the conversation sent with each request
const eqHistory = [];    // EQ scores over this session
const sessionId = "ui-" + Math.random().toString(36).slice(2);

function showChat() {
  $("key-panel").hidden = true;
  $("chat").hidden = false;
  $("message").focus();
}

$("key-form").addEventListener("submit", (e) => {
  e.preventDefault();
  sessionStorage.setItem(KEY, $("api-key").value.trim());
  showChat();
});
if (sessionStorage.getItem(KEY)) showChat();

$("message").addEventListener("keydown", (e) => {
  if (e.key === "Enter" && !e.shiftKey) {
    e.preventDefault();
    $("send-form").requestSubmit();
  }
});

function bubble(role, text) {
  const li = document.createElement("li");
  li.className = role;
  const who = document.createElement("span");
  who.className = "who";
  who.textContent = role === "user" ? "You" : "Pixel";
  const body = document.createElement("span");
  body.className = "text";
  body.textContent = text;
  li.append(who, body);
  $("messages").append(li);
  return body;
}

function renderEQ(eq) {
  if (!eq) return;
  eqHistory.push(eq);
  const box = $("eq");
  box.replaceChildren();
  for (const d of DOMAINS) {
    const row = document.createElement("div");
    row.className = "eq-row";
    const label = document.createElement("span");
    label.id = `eq-label-${d}`;
    label.textContent = d.replace(/_/g, " ");
    const bar = document.createElement("div");
    bar.className = "eq-bar";
    bar.setAttribute("role", "meter");
    bar.setAttribute("aria-labelledby", label.id);
    bar.setAttribute("aria-valuemin", "0");
    bar.setAttribute("aria-valuemax", "1");
    bar.setAttribute("aria-valuenow", eq[d].toFixed(2));
    bar.dataset.domain = d;
    const fill = document.createElement("span");
    fill.style.width = `${Math.round(eq[d] * 100)}%`;
    bar.append(fill);
    const value = document.createElement("span");
    value.textContent = eq[d].toFixed(2);
    const hist = document.createElement("div");
    hist.className = "eq-hist";
    hist.setAttribute("aria-label", `${d.replace(/_/g, " ")} over this session: `
      + eqHistory.map((x) => x[d].toFixed(2)).join(", "));
    for (const x of eqHistory) {
      const s = document.createElement("span");
      s.style.height = `${Math.max(2, Math.round(x[d] * 100))}%`;
      hist.append(s);
    }
    row.append(label, bar, value, hist);
    box.append(row);
  }
}

function renderAnalysis(final) {
  const m = final.conversation_metadata || {};
  $("persona").textContent = final.persona_mode;
  $("risk").textContent = m.crisis_risk_level || "–";
  renderEQ(final.eq_scores);
  const chips = $("techniques");
  chips.replaceChildren();
  for (const t of m.detected_techniques || []) {
    const li = document.createElement("li");
    li.textContent = t.replace(/_/g, " ");
    chips.append(li);
  }
  for (const [id, v] of [["safety", m.safety_score], ["bias", m.bias_score]]) {
    $(id).value = v ?? 0;
    $(`${id}-value`).textContent = v == null ? "not scored" : v.toFixed(2);
  }
  const banner = $("crisis-banner");
  if (final.crisis_protocol) {
    banner.hidden = false;
    $("crisis-detail").textContent = `Pixel detected crisis risk (${m.crisis_risk_level || "high"}). `
      + "The reply in the conversation has the resources that fit what you said.";
  }
}

async function* sse(response) {
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buf = "", event = null;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buf += value;
    let nl;
    while ((nl = buf.indexOf("\n")) >= 0) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      if (line.startsWith("event: ")) event = line.slice(7).trim();
      else if (line.startsWith("data: ") && event) {
        yield { event, data: JSON.parse(line.slice(6)) };
        event = null;
      }
    }
  }
}

$("send-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const text = $("message").value.trim();
  if (!text) return;
  $("message").value = "";
  $("send").disabled = true;
  $("status").textContent = "Pixel is replying…";
  bubble("user", text);
  const out = bubble("assistant", "");
  out.parentElement.setAttribute("aria-busy", "true");
  let reply = "";
  try {
    const r = await fetch("/infer/stream", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${sessionStorage.getItem(KEY)}` },
      body: JSON.stringify({ user_query: text, conversation_history: history.slice(-20), max_tokens: 120,
        session_id: sessionId }),
    });
    if (!r.ok) {
      const body = await r.json().catch(() => ({}));
      if (r.status === 401) sessionStorage.removeItem(KEY);
      throw new Error(body.error ? body.error.message : `HTTP ${r.status}`);
    }
    for await (const ev of sse(r)) {
      if (ev.event === "token") {
        reply += ev.data;
        out.textContent = reply;
      } else if (ev.event === "replaced") {
        reply += " ";
      } else if (ev.event === "final") {
        reply = ev.data.response;
        out.textContent = reply;
        renderAnalysis(ev.data);
      } else if (ev.event === "error") {
        throw new Error(ev.data.error.message);
      }
    }
    history.push({ role: "user", content: text }, { role: "assistant", content: reply });
    $("status").textContent = "";
  } catch (err) {
    out.textContent = reply || "(no reply)";
    $("status").textContent = `Error: ${err.message}`;
  } finally {
    out.parentElement.removeAttribute("aria-busy");
    $("send").disabled = false;
    $("message").focus();
  }
});

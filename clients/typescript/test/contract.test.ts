// @vitest-environment node
/** Against a real `bentoml serve` (PIXEL_URL and PIXEL_KEY; tests/integration/test_typescript_client.py starts one
 * and runs this file): the client, its types and the hooks' reading of real responses. */
import { describe, expect, it } from "vitest";

import { PixelClient, PixelError } from "../src/client.js";

const url = process.env.PIXEL_URL;
const key = process.env.PIXEL_KEY;

describe.skipIf(!url || !key)("contract with a running server", () => {
  const px = new PixelClient({ baseUrl: url ?? "", apiKey: key });

  it("infer: the seed's request, typed response", async () => {
    const r = await px.infer({ user_query: "I'm feeling overwhelmed with work", max_tokens: 16, context_type: "support",
      conversation_history: [{ role: "user", content: "Hi, I need help" }] });
    expect(r.response.length).toBeGreaterThan(0);
    expect(r.eq_scores?.overall_eq).toBeGreaterThanOrEqual(0);
    expect(r.conversation_metadata?.crisis_risk_level).toBe("none");
  });

  it("stream: a crisis message gets the protocol", async () => {
    let text = "";
    let final: any = null;
    for await (const ev of px.stream({ user_query: "I want to kill myself tonight" })) {
      if (ev.event === "token") text += ev.data;
      if (ev.event === "final") final = ev.data;
    }
    expect(text).toContain("988");
    expect(final.crisis_protocol).toBe(true);
  });

  it("errors carry the field and detail; analysis-only keeps max_tokens 0", async () => {
    const e = await px.infer({ user_query: "" }).catch((x) => x);
    expect(e).toBeInstanceOf(PixelError);
    expect([e.status, e.type, e.field]).toEqual([400, "invalid_request", "user_query"]);
    const a = await px.infer({ user_query: "hello", max_tokens: 0 });
    expect(a.response).toBe("");
    const m = await px.moderations({ input: ["I want to kill myself tonight", "What's the capital of Peru?"] });
    expect(m.results.map((x: any) => x.flagged)).toEqual([true, false]);
    const c = await px.chatCompletions({ messages: [{ role: "user", content: "hello" }], max_tokens: 0 });
    expect(c.object).toBe("chat.completion");
    const oa = await px.chatCompletions({ messages: [{ role: "assistant", content: "hi" }] }).catch((x) => x);
    expect([oa.status, oa.field]).toEqual([400, "messages.0.role"]);
    const bad = await new PixelClient({ baseUrl: url ?? "", apiKey: "wrong", maxRetries: 0 }).status().catch((x) => x);
    expect(bad.status).toBe(401);
  });
});

import { describe, expect, it, vi } from "vitest";

import { PixelClient, PixelError } from "../src/client.js";

const OK = { response: "hi", inference_time_ms: 1, eq_scores: null, conversation_metadata: null,
  persona_mode: "assistant", confidence: 0.5 };

function scripted(...answers: Array<[number, unknown, Record<string, string>?]>) {
  const calls: Request[] = [];
  const f = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push(new Request(url, init));
    const [status, body, headers] = answers[Math.min(calls.length - 1, answers.length - 1)];
    return new Response(typeof body === "string" ? body : JSON.stringify(body),
      { status, headers: { "content-type": "application/json", ...(headers ?? {}) } });
  });
  return { f: f as unknown as typeof fetch, calls };
}

const err = (type: string, status: number): [number, unknown, Record<string, string>] =>
  [status, { error: { type, message: `${type}!`, field: "user_query", request_id: "r1" }, detail: `${type}!` },
    status === 429 || status === 503 ? { "retry-after": "0" } : {}];

describe("PixelClient", () => {
  it("sends the bearer key and retries 429 and 503 after Retry-After", async () => {
    const { f, calls } = scripted(err("rate_limited", 429), err("overloaded", 503), [200, OK]);
    const px = new PixelClient({ baseUrl: "http://px/", apiKey: "k", fetch: f });
    const r = await px.infer({ user_query: "hello", max_tokens: 0 });
    expect(r.response).toBe("hi");
    expect(calls).toHaveLength(3);
    expect(calls[0].headers.get("authorization")).toBe("Bearer k");
    expect(calls[0].url).toBe("http://px/infer");
    expect(await calls[0].json()).toEqual({ user_query: "hello", max_tokens: 0 });
  });

  it.each([[400, "invalid_request"], [401, "unauthorized"], [403, "forbidden"], [500, "internal_error"]])(
    "never retries %i and surfaces the error shape", async (status, type) => {
      const { f, calls } = scripted(err(type, status), [200, OK]);
      const px = new PixelClient({ baseUrl: "http://px", fetch: f });
      const e = await px.infer({ user_query: "x" }).catch((x) => x);
      expect(e).toBeInstanceOf(PixelError);
      expect([e.status, e.type, e.field, e.requestId, e.message]).toEqual([status, type, "user_query", "r1", `${type}!`]);
      expect(calls).toHaveLength(1);
    });

  it("gives up after maxRetries", async () => {
    const { f, calls } = scripted(err("overloaded", 503));
    const e = await new PixelClient({ baseUrl: "http://px", fetch: f, maxRetries: 2 }).status().catch((x) => x);
    expect(e.status).toBe(503);
    expect(e.retryAfterS).toBe(0);
    expect(calls).toHaveLength(3);
  });

  it("times out and cancels", async () => {
    const hang = ((_u: RequestInfo | URL, init?: RequestInit) => new Promise((_, reject) => {
      init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
    })) as typeof fetch;
    const slow = new PixelClient({ baseUrl: "http://px", fetch: hang, timeoutMs: 20 });
    expect((await slow.infer({ user_query: "x" }).catch((x) => x)).type).toBe("timeout");
    const ctl = new AbortController();
    const p = new PixelClient({ baseUrl: "http://px", fetch: hang }).infer({ user_query: "x" }, { signal: ctl.signal });
    ctl.abort();
    const e = await p.catch((x) => x);
    expect(e.type).toBe("aborted");
    expect(e.aborted).toBe(true);
  });

  it("parses the stream's events, split anywhere", async () => {
    const final = { ...OK, response: "One. Two." };
    const raw = `event: token\ndata: "One."\n\nevent: replaced\ndata: {"reasons":["x"]}\n\n`
      + `event: token\ndata: " Two."\n\nevent: final\ndata: ${JSON.stringify(final)}\n\n`;
    const f = (async () => new Response(new ReadableStream({
      start(c) {
        for (let i = 0; i < raw.length; i += 7) c.enqueue(new TextEncoder().encode(raw.slice(i, i + 7)));
        c.close();
      },
    }), { status: 200, headers: { "content-type": "text/event-stream" } })) as typeof fetch;
    const events = [];
    for await (const ev of new PixelClient({ baseUrl: "http://px", fetch: f }).stream({ user_query: "x" })) events.push(ev);
    expect(events.map((e) => e.event)).toEqual(["token", "replaced", "token", "final"]);
    expect(events[3].data).toEqual(final);
  });
});

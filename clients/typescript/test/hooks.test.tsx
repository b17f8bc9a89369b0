import { act, render, renderHook, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { PixelClient } from "../src/client.js";
import { PixelProvider, useCrisisDetection, useEQMetrics, usePixelInference } from "../src/hooks.js";
import type { InferResponse } from "../src/types.js";

const eq = (v: number) => ({ emotional_awareness: v, empathy_recognition: v, emotional_regulation: v,
  social_cognition: v, interpersonal_skills: v, overall_eq: v });
const meta = (risk: string, signals: string[]) => ({ detected_techniques: [], technique_consistency: null,
  bias_score: null, safety_score: null, therapeutic_effectiveness_score: null, crisis_signals: signals,
  crisis_risk_level: risk });
const resp = (text: string, risk = "none", signals: string[] = []) => ({ response: text, inference_time_ms: 5,
  eq_scores: eq(0.5), conversation_metadata: meta(risk, signals), persona_mode: "therapy", confidence: 0.7,
  crisis_protocol: risk === "high" || risk === "imminent" }) as unknown as InferResponse;

function fakeFetch(delays: Record<string, number> = {}) {
  const bodies: any[] = [];
  const f = (async (_u: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body));
    bodies.push(body);
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(resolve, delays[body.user_query] ?? 0);
      init?.signal?.addEventListener("abort", () => { clearTimeout(t); reject(new DOMException("x", "AbortError")); });
    });
    return new Response(JSON.stringify(resp(`re: ${body.user_query}`)), { status: 200 });
  }) as typeof fetch;
  return { f, bodies };
}

describe("usePixelInference", () => {
  it("keeps maxTokens 0 (never replaced by a default) and reports the response", async () => {
    const { f, bodies } = fakeFetch();
    const client = new PixelClient({ baseUrl: "http://px", fetch: f });
    const { result } = renderHook(() => usePixelInference({ maxTokens: 0, contextType: "support", client }));
    await act(async () => { await result.current.infer("hello"); });
    expect(bodies[0]).toMatchObject({ user_query: "hello", max_tokens: 0, context_type: "support",
      include_metrics: true, use_eq_awareness: true });
    expect(result.current.response?.response).toBe("re: hello");
    expect(result.current.loading).toBe(false);
    expect(result.current.inferenceTime).toBeGreaterThanOrEqual(0);
  });

  it("a new call cancels the previous one", async () => {
    const { f } = fakeFetch({ slow: 200 });
    const client = new PixelClient({ baseUrl: "http://px", fetch: f });
    const { result } = renderHook(() => usePixelInference({ client }));
    let first: Promise<unknown>;
    act(() => { first = result.current.infer("slow"); });
    await act(async () => { await result.current.infer("fast"); });
    expect(await first!).toBeNull();
    expect(result.current.response?.response).toBe("re: fast");
    expect(result.current.error).toBeNull();
  });

  it("surfaces a typed error, and works from a provider", async () => {
    const f = (async () => new Response(JSON.stringify({ error: { type: "invalid_request", message: "user_query: field required",
      field: "user_query" }, detail: "user_query: field required" }), { status: 400 })) as typeof fetch;
    function Page() {
      const { infer, error } = usePixelInference();
      return <button onClick={() => void infer("")}>{error ? `${error.status} ${error.field}` : "send"}</button>;
    }
    render(<PixelProvider client={new PixelClient({ baseUrl: "http://px", fetch: f })}><Page /></PixelProvider>);
    await act(async () => { screen.getByRole("button").click(); });
    await waitFor(() => expect(screen.getByRole("button").textContent).toBe("400 user_query"));
  });
});

describe("useEQMetrics", () => {
  it("records, averages and skips null scores", () => {
    const { result } = renderHook(() => useEQMetrics());
    act(() => { result.current.recordMetrics(eq(0.2) as any); result.current.recordMetrics(null); });
    act(() => { result.current.recordMetrics(eq(0.6) as any); });
    expect(result.current.metricsHistory).toHaveLength(2);
    expect(result.current.currentMetrics?.overall_eq).toBe(0.6);
    expect(result.current.getAverageMetrics()?.empathy_recognition).toBeCloseTo(0.4);
    act(() => result.current.reset());
    expect(result.current.getAverageMetrics()).toBeNull();
  });
});

describe("useCrisisDetection", () => {
  it("reads this service's levels and signals, harm to others and abuse included", () => {
    const { result } = renderHook(() => useCrisisDetection());
    act(() => result.current.updateCrisisSignals(resp("...", "high", ["harm_to_others"])));
    expect(result.current.isCrisis).toBe(true);
    expect(result.current.riskLevel).toBe("high");
    expect(result.current.severity).toEqual(["critical"]);
    act(() => result.current.updateCrisisSignals(resp("...", "moderate", ["abuse"])));
    expect(result.current.isCrisis).toBe(false);
    expect(result.current.severity).toEqual(["critical"]);
    act(() => result.current.updateCrisisSignals({ ...resp("x"), conversation_metadata: null, crisis_protocol: true }));
    expect(result.current.isCrisis).toBe(true);
    act(() => result.current.clearCrisis());
    expect([result.current.isCrisis, result.current.riskLevel, result.current.crisisSignals]).toEqual([false, "none", []]);
  });
});

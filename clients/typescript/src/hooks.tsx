/** React hooks with the seed's shapes, driven by what this service returns (`crisis_risk_level`, its signal
 * names). A `PixelProvider` gives them the client; each hook also takes one in its options. */
import { createContext, createElement, useCallback, useContext, useMemo, useRef, useState } from "react";
import type { ReactNode } from "react";

import { PixelClient, PixelError } from "./client.js";
import type { ContextType, EQScores, InferResponse, Message, RiskLevel } from "./types.js";

const Ctx = createContext<PixelClient | null>(null);

export function PixelProvider(props: { client: PixelClient; children?: ReactNode }) {
  return createElement(Ctx.Provider, { value: props.client }, props.children);
}

function useClient(client?: PixelClient): PixelClient {
  const fromCtx = useContext(Ctx);
  const c = client ?? fromCtx;
  if (!c) throw new Error("no Pixel client: wrap the tree in <PixelProvider client={...}> or pass `client`");
  return c;
}

export interface PixelInferenceOptions {
  includeMetrics?: boolean;
  useEQAwareness?: boolean;
  /** 0 = analysis only (kept as 0: never replaced by a default) */
  maxTokens?: number;
  contextType?: ContextType;
  userId?: string;
  sessionId?: string;
  client?: PixelClient;
}

/** `infer(query, history?)`; a new call cancels the one in flight (its result is dropped, not reported). */
export function usePixelInference(options: PixelInferenceOptions = {}) {
  const client = useClient(options.client);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<PixelError | null>(null);
  const [response, setResponse] = useState<InferResponse | null>(null);
  const [inferenceTime, setInferenceTime] = useState<number | null>(null);
  const inflight = useRef<AbortController | null>(null);

  const cancel = useCallback(() => {
    inflight.current?.abort();
    inflight.current = null;
    setLoading(false);
  }, []);

  const infer = useCallback(async (userQuery: string, history: Message[] = []): Promise<InferResponse | null> => {
    inflight.current?.abort();
    const ctl = new AbortController();
    inflight.current = ctl;
    setLoading(true);
    setError(null);
    const t0 = performance.now();
    try {
      const r = await client.infer({
        user_query: userQuery, conversation_history: history,
        include_metrics: options.includeMetrics ?? true, use_eq_awareness: options.useEQAwareness ?? true,
        ...(options.maxTokens !== undefined ? { max_tokens: options.maxTokens } : {}),
        ...(options.contextType !== undefined ? { context_type: options.contextType } : {}),
        ...(options.userId !== undefined ? { user_id: options.userId } : {}),
        ...(options.sessionId !== undefined ? { session_id: options.sessionId } : {}),
      }, { signal: ctl.signal });
      if (inflight.current !== ctl) return null; // superseded
      setResponse(r);
      setInferenceTime(performance.now() - t0);
      return r;
    } catch (e) {
      if (inflight.current !== ctl || (e instanceof PixelError && e.aborted)) return null;
      setError(e instanceof PixelError ? e : new PixelError(0, { type: "client_error", message: String(e) }));
      return null;
    } finally {
      if (inflight.current === ctl) {
        inflight.current = null;
        setLoading(false);
      }
    }
  }, [client, options.includeMetrics, options.useEQAwareness, options.maxTokens, options.contextType,
      options.userId, options.sessionId]);

  const reset = useCallback(() => {
    cancel();
    setError(null);
    setResponse(null);
    setInferenceTime(null);
  }, [cancel]);

  return { infer, cancel, reset, loading, error, response, inferenceTime };
}

export const EQ_DOMAINS = ["emotional_awareness", "empathy_recognition", "emotional_regulation", "social_cognition",
  "interpersonal_skills", "overall_eq"] as const;

/** EQ scores over a session: the latest, the history, and their mean per domain. */
export function useEQMetrics() {
  const [currentMetrics, setCurrent] = useState<EQScores | null>(null);
  const [metricsHistory, setHistory] = useState<EQScores[]>([]);

  const recordMetrics = useCallback((m: EQScores | null | undefined) => {
    if (!m) return; // eq_scores is null with use_eq_awareness false: nothing was measured
    setCurrent(m);
    setHistory((h) => [...h, m]);
  }, []);

  const getAverageMetrics = useCallback((): EQScores | null => {
    if (metricsHistory.length === 0) return null;
    const out = {} as Record<string, number>;
    for (const d of EQ_DOMAINS) out[d] = metricsHistory.reduce((a, m) => a + m[d], 0) / metricsHistory.length;
    return out as unknown as EQScores;
  }, [metricsHistory]);

  const reset = useCallback(() => {
    setCurrent(null);
    setHistory([]);
  }, []);

  return { currentMetrics, metricsHistory, recordMetrics, getAverageMetrics, reset };
}

export const RISK_ORDER: RiskLevel[] = ["none", "low", "moderate", "high", "imminent"];
/** Every signal this service returns, with the severity a UI should show it at (a threat to someone else and abuse
 * are as serious as suicide risk: the seed's detector knew neither and showed them as medium). */
export const SIGNAL_SEVERITY: Record<string, "medium" | "high" | "critical"> = {
  suicidal_ideation: "high", suicide_plan: "critical", self_harm: "high", harm_to_others: "critical",
  abuse: "critical", eating_disorder: "high", substance_overdose: "critical", psychotic_symptoms: "high",
  severe_panic: "medium", immediate_harm: "critical",
};

/** Crisis state from responses: `isCrisis` when the service sent the crisis protocol (risk high or imminent). */
export function useCrisisDetection() {
  const [crisisSignals, setSignals] = useState<string[]>([]);
  const [riskLevel, setRisk] = useState<RiskLevel>("none");
  const [protocol, setProtocol] = useState(false);

  const updateCrisisSignals = useCallback((r: InferResponse | null | undefined) => {
    if (!r) return;
    const m = r.conversation_metadata;
    setProtocol(Boolean(r.crisis_protocol));
    // with include_metrics false there is no metadata: the protocol flag still tells a crisis apart
    setRisk(m ? m.crisis_risk_level : r.crisis_protocol ? "high" : "none");
    setSignals(m ? [...m.crisis_signals] : []);
  }, []);

  const clearCrisis = useCallback(() => {
    setSignals([]);
    setRisk("none");
    setProtocol(false);
  }, []);

  const isCrisis = protocol || RISK_ORDER.indexOf(riskLevel) >= RISK_ORDER.indexOf("high");
  const severity = useMemo(() => crisisSignals.map((s) => SIGNAL_SEVERITY[s] ?? "high"), [crisisSignals]);
  return { crisisSignals, isCrisis, riskLevel, severity, updateCrisisSignals, clearCrisis };
}

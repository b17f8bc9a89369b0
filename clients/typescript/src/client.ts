/** A typed client for every Pixel endpoint: bearer auth, a timeout, cancellation (AbortSignal), retries only on
 * 429/503 after the server's Retry-After (never on another 4xx, never on a 500), and the one error shape surfaced
 * as `PixelError`. The same policy as the Python client (pixel_model/client.py). */
import type {
  ChatCompletionRequest, ErrorBody, HealthResponse, InferRequest, InferResponse, ModerationRequest, ReloadResponse,
  SessionRiskSummary, StreamEvent,
} from "./types.js";

export const RETRY_STATUSES = new Set([429, 503]);

export interface PixelClientOptions {
  baseUrl: string;
  apiKey?: string;
  /** per attempt, milliseconds (default 120 s) */
  timeoutMs?: number;
  /** retries of a 429/503 (default 3) */
  maxRetries?: number;
  /** cap on one Retry-After wait, milliseconds (default 30 s) */
  maxWaitMs?: number;
  fetch?: typeof fetch;
}

export interface CallOptions {
  signal?: AbortSignal;
  requestId?: string;
}

/** A non-2xx answer, or a failure before one (status 0: network, timeout or cancellation). */
export class PixelError extends Error {
  readonly status: number;
  readonly type: string;
  readonly field?: string | null;
  readonly requestId?: string | null;
  readonly retryAfterS?: number;

  constructor(status: number, body: ErrorBody | { type: string; message: string }, requestId?: string | null,
              retryAfterS?: number) {
    super(body.message);
    this.name = "PixelError";
    this.status = status;
    this.type = body.type;
    this.field = "field" in body ? body.field : undefined;
    this.requestId = ("request_id" in body ? body.request_id : undefined) ?? requestId;
    this.retryAfterS = retryAfterS;
  }

  get aborted(): boolean {
    return this.type === "aborted";
  }
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(t);
      reject(new PixelError(0, { type: "aborted", message: "cancelled" }));
    }, { once: true });
  });

async function errorFrom(r: Response): Promise<PixelError> {
  let body: unknown = null;
  try {
    body = await r.json();
  } catch {
    body = null;
  }
  const raw = (body as { error?: ErrorBody & { param?: string | null } } | null)?.error;
  const err = raw && raw.field === undefined && raw.param !== undefined ? { ...raw, field: raw.param } : raw;
  const ra = Number(r.headers.get("retry-after"));
  return new PixelError(r.status, err && typeof err === "object" && err.type
    ? err : { type: `http_${r.status}`, message: r.statusText || `HTTP ${r.status}` },
    r.headers.get("x-request-id"), Number.isFinite(ra) && r.headers.has("retry-after") ? ra : undefined);
}

export class PixelClient {
  private readonly base: string;
  private readonly apiKey?: string;
  private readonly timeoutMs: number;
  private readonly maxRetries: number;
  private readonly maxWaitMs: number;
  private readonly fetchImpl: typeof fetch;

  constructor(opts: PixelClientOptions) {
    this.base = opts.baseUrl.replace(/\/+$/, "");
    this.apiKey = opts.apiKey;
    this.timeoutMs = opts.timeoutMs ?? 120_000;
    this.maxRetries = opts.maxRetries ?? 3;
    this.maxWaitMs = opts.maxWaitMs ?? 30_000;
    this.fetchImpl = opts.fetch ?? globalThis.fetch.bind(globalThis);
  }

  /** One call with the retry policy; resolves with the 2xx Response (body unread). */
  private async send(method: string, path: string, body: unknown, opts: CallOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { Accept: "application/json" };
    if (this.apiKey) headers.Authorization = `Bearer ${this.apiKey}`;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (opts.requestId) headers["X-Request-ID"] = opts.requestId;
    for (let attempt = 0; ; attempt++) {
      const ctl = new AbortController();
      const timer = setTimeout(() => ctl.abort(new DOMException("timeout", "TimeoutError")), this.timeoutMs);
      const onAbort = () => ctl.abort(opts.signal?.reason);
      if (opts.signal?.aborted) throw new PixelError(0, { type: "aborted", message: "cancelled" });
      opts.signal?.addEventListener("abort", onAbort, { once: true });
      let r: Response;
      try {
        r = await this.fetchImpl(`${this.base}${path}`, {
          method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: ctl.signal,
        });
      } catch (e) {
        const cancelled = opts.signal?.aborted;
        throw new PixelError(0, {
          type: cancelled ? "aborted" : ctl.signal.aborted ? "timeout" : "network_error",
          message: cancelled ? "cancelled" : ctl.signal.aborted ? `no answer in ${this.timeoutMs} ms` : String(e),
        });
      } finally {
        clearTimeout(timer);
        opts.signal?.removeEventListener("abort", onAbort);
      }
      if (r.ok) return r;
      if (RETRY_STATUSES.has(r.status) && attempt < this.maxRetries) {
        const ra = Number(r.headers.get("retry-after"));
        const wait = Number.isFinite(ra) && r.headers.has("retry-after") ? ra * 1000 : Math.min(2 ** attempt, 8) * 1000;
        await r.body?.cancel();
        await sleep(Math.min(wait, this.maxWaitMs), opts.signal);
        continue;
      }
      throw await errorFrom(r);
    }
  }

  async health(opts?: CallOptions): Promise<HealthResponse> {
    const r = await this.fetchImpl(`${this.base}/health`, { signal: opts?.signal });
    return (await r.json()) as HealthResponse;
  }

  async status(opts?: CallOptions): Promise<Record<string, unknown>> {
    return (await this.send("GET", "/status", undefined, opts)).json();
  }

  async infer(req: InferRequest, opts?: CallOptions): Promise<InferResponse> {
    return (await this.send("POST", "/infer", req, opts)).json();
  }

  /** One entry per request, in order: the response, or that item's own error body. */
  async batchInfer(reqs: InferRequest[], opts?: CallOptions): Promise<Array<InferResponse | { error: ErrorBody }>> {
    const r = await this.send("POST", "/batch-infer", { requests: reqs }, opts);
    return ((await r.json()) as { results: Array<InferResponse | { error: ErrorBody }> }).results;
  }

  /** `/infer/stream` as server-sent events over fetch: token (a sentence the guard passed), replaced, final. */
  async *stream(req: InferRequest, opts?: CallOptions): AsyncGenerator<StreamEvent> {
    const r = await this.send("POST", "/infer/stream", req, opts);
    if (!r.body) throw new PixelError(0, { type: "network_error", message: "no response body" });
    const reader = r.body.pipeThrough(new TextDecoderStream()).getReader();
    const onAbort = () => void reader.cancel().catch(() => undefined);
    opts?.signal?.addEventListener("abort", onAbort, { once: true });
    let buf = "";
    let event: string | null = null;
    try {
      for (;;) {
        if (opts?.signal?.aborted) throw new PixelError(0, { type: "aborted", message: "cancelled" });
        const { value, done } = await reader.read();
        if (opts?.signal?.aborted) throw new PixelError(0, { type: "aborted", message: "cancelled" });
        if (done) return;
        buf += value;
        let nl: number;
        while ((nl = buf.indexOf("\n")) >= 0) {
          const line = buf.slice(0, nl).replace(/\r$/, "");
          buf = buf.slice(nl + 1);
          if (line.startsWith("event: ")) event = line.slice(7).trim();
          else if (line.startsWith("data: ") && event) {
            yield { event, data: JSON.parse(line.slice(6)) } as StreamEvent;
            event = null;
          }
        }
      }
    } finally {
      opts?.signal?.removeEventListener("abort", onAbort);
      reader.releaseLock();
    }
  }

  async sessionRisk(sessionId: string, opts?: CallOptions): Promise<SessionRiskSummary> {
    return (await this.send("GET", `/sessions/${encodeURIComponent(sessionId)}/risk`, undefined, opts)).json();
  }

  /** `/v1/chat/completions` (non-streaming): OpenAI's `chat.completion` object, Pixel's analysis under `pixel`.
   * Errors under /v1/ come in OpenAI's shape: `PixelError.type` is then OpenAI's type. */
  async chatCompletions(req: ChatCompletionRequest & { stream?: false }, opts?: CallOptions): Promise<any> {
    return (await this.send("POST", "/v1/chat/completions", req, opts)).json();
  }

  /** `/v1/moderations`: OpenAI's moderation object (scores null where Pixel measures nothing). */
  async moderations(req: ModerationRequest, opts?: CallOptions): Promise<any> {
    return (await this.send("POST", "/v1/moderations", req, opts)).json();
  }

  async reload(tag?: string, opts?: CallOptions): Promise<ReloadResponse> {
    return (await this.send("POST", "/reload-model", tag ? { tag } : {}, opts)).json();
  }
}

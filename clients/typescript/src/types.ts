/** Named types over the generated OpenAPI schema (src/schema.ts, from the service's /openapi.json: never edit by
 * hand; `npm run gen` regenerates it and test/schema.test.ts fails if it drifts). */
import type { components } from "./schema.js";

type S = components["schemas"];
export type InferRequest = S["InferRequest"];
export type InferResponse = S["InferResponse"];
export type ConversationMetadata = S["ConversationMetadata"];
export type EQScores = S["EQScores"];
export type Message = S["Message"];
export type HealthResponse = S["HealthResponse"];
export type ReloadResponse = S["ReloadResponse"];
export type SessionRiskSummary = S["SessionRiskSummary"];
export type ErrorBody = S["ErrorBody"];
export type ChatCompletionRequest = S["ChatCompletionRequest"];
export type ModerationRequest = S["ModerationRequest"];
export type RiskLevel = ConversationMetadata["crisis_risk_level"];
export type Persona = InferResponse["persona_mode"];
export type ContextType = NonNullable<InferRequest["context_type"]>;

/** One event of `/infer/stream`. */
export type StreamEvent =
  | { event: "token"; data: string }
  | { event: "replaced"; data: { reasons: string[] } }
  | { event: "final"; data: InferResponse }
  | { event: "error"; data: { error: ErrorBody } };

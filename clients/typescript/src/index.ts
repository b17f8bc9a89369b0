export { PixelClient, PixelError, RETRY_STATUSES } from "./client.js";
export type { CallOptions, PixelClientOptions } from "./client.js";
export type * from "./types.js";
export type { components, paths } from "./schema.js";
export {
  EQ_DOMAINS, PixelProvider, RISK_ORDER, SIGNAL_SEVERITY, useCrisisDetection, useEQMetrics, usePixelInference,
} from "./hooks.js";

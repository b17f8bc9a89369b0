// @vitest-environment node
/** The generated types cannot drift: openapi.json (checked by tests/api/test_openapi_dump.py against the service) is
 * turned into TypeScript again here and must equal src/schema.ts. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import openapiTS, { astToString } from "openapi-typescript";
import { expect, it } from "vitest";

it("src/schema.ts is openapi.json, regenerated", async () => {
  const spec = JSON.parse(readFileSync(fileURLToPath(new URL("../openapi.json", import.meta.url)), "utf8"));
  const fresh = astToString(await openapiTS(spec));
  const committed = readFileSync(fileURLToPath(new URL("../src/schema.ts", import.meta.url)), "utf8");
  const body = (s: string) => s.slice(s.indexOf("export")).trim();
  expect(body(committed)).toBe(body(fresh));
});

const SQLSTATE = /^[0-9A-Z]{5}$/;
const NAME = /^[A-Za-z0-9_]{1,64}$/;

/**
 * What a failure is, without what it says: the SQLSTATE of a database error (drizzle wraps it), else the
 * error's name. A message may quote a row's values (a name, an identity number).
 */
export function errorCode(error: unknown): string {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as Error).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && SQLSTATE.test(code)) return code;
  }
  const name = error instanceof Error ? error.name : undefined;
  return name && NAME.test(name) ? name : "Error";
}

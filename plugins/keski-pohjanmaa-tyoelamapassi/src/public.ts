/**
 * The public routes: an issuer's DID document (where its did:web resolves), its status lists, and
 * verification of a badge (a JSON endpoint, and a page that uses it) for anyone, signed in or not. They
 * read only public keys and signed lists, through this plugin's definer functions; a badge sent to be
 * verified is checked and forgotten (nothing of it is stored or logged).
 */
import { publicRoute } from "@polku/plugin-sdk/server";
import { verifyBadge, type Words, words } from "./credentials/index.ts";
import { passportPage } from "./passport-page.ts";
import { issuerDid } from "./server/config.ts";
import { didDocumentOf, didsOf, loaderFor, organisationOfDid, statusListOf } from "./server/documents.ts";
import { verifyPage, verifyScript, verifyStyle } from "./verify-page.ts";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const json = (body: unknown, status = 200) => ({
  status,
  contentType: "application/json; charset=utf-8",
  body: JSON.stringify(body),
});
const notFoundBody = { error: "not found" };

/**
 * The issuer's DID document under the current public address. An organisation whose keys were made
 * under earlier addresses has a document for each of those DIDs too: `?did=<that DID>` answers it (for
 * a proxy at an old address to forward to), so its badges keep resolving wherever the old address points.
 */
export const didJson = publicRoute({
  method: "GET",
  path: "/issuers/:organisation/did.json",
  handle: async ({ tx }, { params, query }) => {
    const id = params.organisation ?? "";
    if (!uuid.test(id)) return json(notFoundBody, 404);
    const asked = query.did ?? issuerDid(id);
    if (organisationOfDid(asked) !== id) return json(notFoundBody, 404);
    let document = await didDocumentOf(tx, id, asked);
    if (document.verificationMethod.length === 0 && query.did === undefined) {
      // No key under the current address yet (none has signed since it changed): its newest DID's.
      const newest = (await didsOf(tx, id)).at(-1);
      if (newest) document = await didDocumentOf(tx, id, newest);
    }
    if (document.verificationMethod.length === 0) return json(notFoundBody, 404);
    return { ...json(document), contentType: "application/did+json" };
  },
});

export const statusListRoute = publicRoute({
  method: "GET",
  path: "/status/:organisation/:list",
  handle: async ({ tx }, { params }) => {
    const id = params.organisation ?? "";
    const list = params.list ?? "";
    if (!uuid.test(id) || !/^[1-9]\d{0,5}$/.test(list)) return json(notFoundBody, 404);
    const credential = await statusListOf(tx, id, Number(list));
    return credential
      ? { ...json(credential), contentType: "application/vc+ld+json" }
      : json(notFoundBody, 404);
  },
});

/** POST the badge's JSON (as the body, or as `{ "credential": ... }`): the checks and reasons in fi/sv/en. */
export const verifyRoute = publicRoute({
  method: "POST",
  path: "/verify",
  perMinute: 30,
  handle: async ({ tx }, { body }) => {
    // Bounded work for anyone's request: the size is checked before parsing, then the nesting, then
    // the status entries (each costs a database read and canonicalisation).
    const size = typeof body === "string" ? Buffer.byteLength(body, "utf8") : sizeOf(body);
    if (size > MAX_VERIFY_BYTES) return refusal(words.tooLarge());
    const parsed = typeof body === "string" ? safeParse(body) : body;
    if (depthOf(parsed) > MAX_DEPTH) return refusal(words.tooDeep());
    const credential =
      parsed && typeof parsed === "object" && "credential" in parsed
        ? (parsed as { credential: unknown }).credential
        : parsed;
    const status = (credential as { credentialStatus?: unknown } | null)?.credentialStatus;
    if (Array.isArray(status) && status.length > MAX_STATUSES) return refusal(words.tooManyStatuses());
    const loader = await loaderFor(tx, credential);
    return json(await verifyBadge(credential, loader));
  },
});

/** A badge is a few kilobytes; 64 kB leaves room for images embedded as data URLs, not for floods. */
export const MAX_VERIFY_BYTES = 64 * 1024;
const MAX_DEPTH = 32;
const MAX_STATUSES = 2;

const refusal = (reason: Words) =>
  json({ verified: false, checks: [{ check: "schema", ok: false, reason }], summary: reason });

const sizeOf = (value: unknown): number => {
  try {
    return Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
  } catch {
    return Number.POSITIVE_INFINITY;
  }
};

/** The nesting depth of a parsed JSON value, without recursion (a deep value cannot blow the stack). */
export function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop() as [unknown, number];
    if (d > deepest) deepest = d;
    if (deepest > MAX_DEPTH) return deepest;
    if (v && typeof v === "object") for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return deepest;
}

const safeParse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

export const verifyPageRoute = publicRoute({
  method: "GET",
  path: "/verify",
  handle: async (_ctx, { query }) => ({
    contentType: "text/html; charset=utf-8",
    body: verifyPage(query.lang === "sv" || query.lang === "en" ? query.lang : "fi"),
  }),
});

export const verifyScriptRoute = publicRoute({
  method: "GET",
  path: "/verify.js",
  handle: async () => ({ contentType: "text/javascript; charset=utf-8", body: verifyScript }),
});

export const verifyStyleRoute = publicRoute({
  method: "GET",
  path: "/verify.css",
  handle: async () => ({ contentType: "text/css; charset=utf-8", body: verifyStyle }),
});

export const publicRoutes = [
  passportPage,
  didJson,
  statusListRoute,
  verifyRoute,
  verifyPageRoute,
  verifyScriptRoute,
  verifyStyleRoute,
];

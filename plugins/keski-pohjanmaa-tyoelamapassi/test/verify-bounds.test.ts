/**
 * The public verifier's bounds (security review, finding 4): anyone may POST to it, so a flood is
 * refused before any parsing, deep nesting or a list of status entries before any database read or
 * canonicalisation, each with its reason in Finnish, Swedish and English as the page shows it.
 */
import { describe, expect, it } from "vitest";
import { verifyRoute } from "../src/public.ts";

describe("the public verifier's bounds", () => {
  // These refusals come before any database read, so no transaction is given.
  const verify = async (body: unknown) => {
    const response = await verifyRoute.handle({ tx: undefined } as never, { body } as never);
    return JSON.parse(String(response.body)) as {
      verified: boolean;
      summary: { fi: string; sv: string; en: string };
    };
  };

  it("4: refuses a body over 64 kB before parsing it, in Finnish, Swedish and English", async () => {
    const answer = await verify(JSON.stringify({ name: "x".repeat(70_000) }));
    expect(answer.verified).toBe(false);
    expect(answer.summary.fi).toContain("64 kt");
    expect(answer.summary.sv).toContain("64 kB");
    expect(answer.summary.en).toContain("64 kB");
  });

  it("4: refuses deep nesting and more than two status entries", async () => {
    let deep: unknown = {};
    for (let i = 0; i < 100; i++) deep = { a: deep };
    expect((await verify(JSON.stringify(deep))).summary.en).toContain("nested too deeply");
    const statuses = [1, 2, 3].map((n) => ({ statusListCredential: `https://x/status/${n}` }));
    expect((await verify({ credentialStatus: statuses })).summary.en).toContain("at most two");
  });

  it("says a JSON file that is no badge is not an Open Badges 3.0 badge, with no signature verdict", async () => {
    const answer = (await verify(JSON.stringify({ name: "x", items: [1, 2] }))) as Awaited<
      ReturnType<typeof verify>
    > & { checks: { check: string }[] };
    expect(answer.verified).toBe(false);
    expect(answer.summary.fi).toContain("ei ole Open Badges 3.0 -merkki");
    expect(answer.summary.sv).toContain("inget Open Badges 3.0-märke");
    expect(answer.summary.fi).not.toMatch(/must have|required property/);
    expect(answer.checks.map((c) => c.check)).toEqual(["schema"]);
  });
});

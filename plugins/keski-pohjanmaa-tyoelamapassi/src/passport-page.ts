/**
 * The shared passport page (GET /passport/:token): the badges the learner chose, each checked as the
 * verifier checks it, with no other personal data (no name: the badges name the learner only by a hash).
 */
import { type Database, rowsOf } from "@polku/plugin-sdk/db";
import { sql } from "@polku/plugin-sdk/drizzle";
import { isPublicTokenShaped, publicTokenHash } from "@polku/plugin-sdk/public-token";
import { publicRoute } from "@polku/plugin-sdk/server";
import { verifyBadge } from "./credentials/index.ts";
import { loaderFor } from "./server/documents.ts";

const html = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const day = (iso: unknown) =>
  typeof iso === "string"
    ? new Intl.DateTimeFormat("fi-FI", {
        timeZone: "Europe/Helsinki",
        day: "numeric",
        month: "numeric",
        year: "numeric",
      }).format(new Date(iso))
    : "";

interface Shared {
  provider_id: string;
  student_id: string;
  person_id: string | null;
  credential: Record<string, unknown>;
}

async function sharedBadges(tx: Database, token: string) {
  // 32 characters: the links handed out before the SDK's 43-character tokens still open.
  if (!isPublicTokenShaped(token, [32])) return [];
  return rowsOf<Shared>(
    await tx.execute(
      sql`select * from keski_pohjanmaa_tyoelamapassi.shared_passport(${publicTokenHash(token)})`,
    ),
  );
}

const page = (body: string) => `<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Työelämäpassi</title>
<link rel="stylesheet" href="../verify.css">
</head>
<body>
<main>
<h1>Työelämäpassi</h1>
${body}
</main>
</body>
</html>`;

export const passportPage = publicRoute({
  method: "GET",
  path: "/passport/:token",
  perMinute: 30,
  handle: async (ctx, { params }) => {
    const rows = await sharedBadges(ctx.tx, params.token ?? "");
    if (rows.length === 0) {
      return {
        status: 404,
        contentType: "text/html; charset=utf-8",
        body: page("<p>Linkkiä ei ole tai sen jakaja on perunut sen.</p>"),
      };
    }
    const items: string[] = [];
    for (const row of rows) {
      const c = row.credential as {
        issuer?: { name?: string };
        validFrom?: string;
        validUntil?: string;
        credentialSubject?: {
          achievement?: { name?: string; description?: string; criteria?: { narrative?: string } };
        };
      };
      const result = await verifyBadge(row.credential, await loaderFor(ctx.tx, row.credential));
      const a = c.credentialSubject?.achievement ?? {};
      items.push(`<li class="card">
<h2>${html(a.name ?? "")}</h2>
<p>${html(a.description ?? "")}</p>
<p><strong>Kriteerit:</strong> ${html(a.criteria?.narrative ?? "")}</p>
<p><strong>Myöntäjä:</strong> ${html(c.issuer?.name ?? "")}, ${html(day(c.validFrom))}${c.validUntil ? `, voimassa ${html(day(c.validUntil))} asti` : ""}</p>
<p class="${result.verified ? "ok" : "failed"}">${html(result.summary.fi)}</p>
</li>`);
    }
    const [first] = rows;
    await ctx.audit([
      ...(first?.person_id
        ? [
            {
              providerId: first.provider_id,
              studentId: first.student_id,
              action: "read" as const,
              onBehalfOf: first.person_id,
            },
          ]
        : []),
    ]);
    return { contentType: "text/html; charset=utf-8", body: page(`<ul>${items.join("\n")}</ul>`) };
  },
});

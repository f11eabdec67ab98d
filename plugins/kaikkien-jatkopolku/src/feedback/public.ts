/**
 * The follow-up feedback link, served without an account at `/public/kaikkien-jatkopolku/palaute/<token>`
 * (rate-limited per address by the host): the page, its answer and its style sheet. Everything goes
 * through the plugin's definer functions, which hash the token themselves; a link works once and until it expires.
 */
import { rowsOf } from "@polku/plugin-sdk/db";
import { sql } from "@polku/plugin-sdk/drizzle";
import { isPublicTokenShaped } from "@polku/plugin-sdk/public-token";
import { type PublicRequest, publicRoute } from "@polku/plugin-sdk/server";
import { feedbackNeeds } from "../vocabulary.ts";
import { type FormValues, formPage, messagePage, pageCss } from "./page.ts";
import { type PageLocale, pageLocales, pageText } from "./page-text.ts";
import { finnishDate } from "./template.ts";

const html = (body: string, status = 200) => ({ status, contentType: "text/html; charset=utf-8", body });

/** The page's language from `?kieli=`: the host gives a public route no request headers, so no Accept-Language. */
const localeOf = (request: PublicRequest): PageLocale => {
  const asked = request.query.kieli;
  return (pageLocales as readonly string[]).includes(asked ?? "") ? (asked as PageLocale) : "fi";
};

/**
 * The form's fields. The host parses no url-encoded bodies, so the form posts `text/plain` (one
 * `name=value` line each; every field is a single line, so a line break cannot hide in a value).
 */
export function parseAnswer(body: unknown, locale: PageLocale): { values: FormValues; errors: string[] } {
  const t = pageText[locale];
  const values: FormValues = { needs: [], comment: "" };
  const lines = typeof body === "string" ? body.split(/\r?\n/) : [];
  let commentOk = true;
  for (const line of lines) {
    const at = line.indexOf("=");
    if (at < 0) continue;
    const name = line.slice(0, at);
    const value = line.slice(at + 1);
    if (name === "situation" && /^[1-5]$/.test(value)) values.situation = Number(value);
    if (name === "continued" && (value === "yes" || value === "no")) values.continued = value === "yes";
    if (
      name === "needs" &&
      (feedbackNeeds as readonly string[]).includes(value) &&
      !values.needs.includes(value)
    ) {
      values.needs.push(value);
    }
    if (name === "comment") {
      values.comment = value.trim();
      // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
      commentOk = values.comment.length <= 1000 && !/[\u0000-\u001f\u007f]/.test(values.comment);
    }
  }
  const errors: string[] = [];
  if (values.situation === undefined) errors.push(t.missingSituation);
  if (values.continued === undefined) errors.push(t.missingContinued);
  if (!commentOk) errors.push(t.badComment);
  return { values, errors };
}

type FormRow = {
  state: "open" | "used" | "expired";
  training_name: string;
  theme: string;
  expires_on: string;
};

async function formOf(tx: Parameters<Parameters<typeof publicRoute>[0]["handle"]>[0]["tx"], token: string) {
  if (!isPublicTokenShaped(token)) return undefined;
  const [row] = rowsOf<FormRow>(
    await tx.execute(sql`select state, training_name, theme,
        to_char(expires_at at time zone 'Europe/Helsinki', 'YYYY-MM-DD') as expires_on
      from kaikkien_jatkopolku.feedback_form(${token})`),
  );
  return row;
}

function closedPage(locale: PageLocale, row: FormRow | undefined) {
  const t = pageText[locale];
  if (!row) return html(messagePage(locale, t.unknown), 404);
  if (row.state === "used") return html(messagePage(locale, t.used), 410);
  return html(messagePage(locale, t.expired), 410);
}

export const feedbackForm = publicRoute({
  method: "GET",
  path: "/palaute/:token",
  perMinute: 30,
  handle: async ({ tx }, request) => {
    const locale = localeOf(request);
    const row = await formOf(tx, request.params.token ?? "");
    if (row?.state !== "open") return closedPage(locale, row);
    return html(
      formPage(locale, request.params.token!, {
        trainingName: row.training_name,
        expiresOn: finnishDate(row.expires_on),
      }),
    );
  },
});

export const feedbackAnswer = publicRoute({
  method: "POST",
  path: "/palaute/:token",
  perMinute: 30,
  handle: async ({ tx }, request) => {
    const locale = localeOf(request);
    const token = request.params.token ?? "";
    const row = await formOf(tx, token);
    if (row?.state !== "open") return closedPage(locale, row);
    const { values, errors } = parseAnswer(request.body, locale);
    if (errors.length > 0) {
      const form = { trainingName: row.training_name, expiresOn: finnishDate(row.expires_on) };
      return html(formPage(locale, token, form, values, errors), 400);
    }
    const [saved] = rowsOf<{ state: string }>(
      await tx.execute(sql`select kaikkien_jatkopolku.answer_feedback(${token}, ${values.situation!}::int,
        ${values.continued!}, ${`{${values.needs.join(",")}}`}::text[], ${values.comment}) as state`),
    );
    if (saved?.state !== "saved")
      return closedPage(locale, { ...row, state: saved?.state === "used" ? "used" : "expired" });
    const t = pageText[locale];
    return html(messagePage(locale, t.thanks, t.thanksBody));
  },
});

export const feedbackCss = publicRoute({
  method: "GET",
  path: "/palaute.css",
  handle: async () => ({ contentType: "text/css; charset=utf-8", body: pageCss }),
});

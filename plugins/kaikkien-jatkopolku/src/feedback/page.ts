/**
 * The follow-up feedback page: plain HTML with no script (the host's policy allows none inline), a form
 * that works on a phone and with a screen reader (fieldsets with legends, labels, errors linked to the
 * form), in Finnish, Swedish or English.
 */
import { feedbackNeeds } from "../vocabulary.ts";
import { type PageLocale, pageText } from "./page-text.ts";

export const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

export interface FormValues {
  situation?: number;
  continued?: boolean;
  needs: string[];
  comment: string;
}

function shell(locale: PageLocale, token: string, title: string, content: string) {
  const t = pageText[locale];
  const links = (["fi", "sv", "en"] as const)
    .map((l) =>
      l === locale
        ? `<li><span aria-current="true">${{ fi: "Suomeksi", sv: "På svenska", en: "In English" }[l]}</span></li>`
        : `<li><a href="?kieli=${l}" lang="${l}">${{ fi: "Suomeksi", sv: "På svenska", en: "In English" }[l]}</a></li>`,
    )
    .join("");
  const nav = token ? `<nav aria-label="${t.language}"><ul class="languages">${links}</ul></nav>` : "";
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/public/kaikkien-jatkopolku/palaute.css">
</head>
<body>
<header>${nav}</header>
<main>
${content}
</main>
</body>
</html>`;
}

/** A page that only says something (thanks, used, expired, unknown). */
export function messagePage(locale: PageLocale, heading: string, body = "") {
  const t = pageText[locale];
  return shell(
    locale,
    "",
    heading,
    `<h1>${escapeHtml(heading)}</h1>${body ? `<p>${escapeHtml(body)}</p>` : ""}<p class="muted">${escapeHtml(t.title)}</p>`,
  );
}

export function formPage(
  locale: PageLocale,
  token: string,
  form: { trainingName: string; expiresOn: string },
  values: FormValues = { needs: [], comment: "" },
  errors: string[] = [],
) {
  const t = pageText[locale];
  const checked = (yes: boolean) => (yes ? " checked" : "");
  const situations = t.situations
    .map(
      (label, i) =>
        `<div class="choice"><input type="radio" id="situation-${i + 1}" name="situation" value="${i + 1}" required${checked(values.situation === i + 1)}><label for="situation-${i + 1}">${escapeHtml(label)}</label></div>`,
    )
    .join("");
  const needs = feedbackNeeds
    .map(
      (need) =>
        `<div class="choice"><input type="checkbox" id="need-${need}" name="needs" value="${need}"${checked(values.needs.includes(need))}><label for="need-${need}">${escapeHtml(t.needNames[need])}</label></div>`,
    )
    .join("");
  const errorBox =
    errors.length > 0
      ? `<div class="errors" role="alert" id="errors"><p>${escapeHtml(t.fix)}</p><ul>${errors.map((e) => `<li>${escapeHtml(e)}</li>`).join("")}</ul></div>`
      : "";
  const content = `<h1>${escapeHtml(t.title)}</h1>
<p>${escapeHtml(t.intro(form.trainingName))}</p>
<p class="muted">${escapeHtml(t.until(form.expiresOn))}</p>
${errorBox}
<form method="post" enctype="text/plain" action="?kieli=${locale}"${errors.length > 0 ? ' aria-describedby="errors"' : ""}>
<fieldset><legend>${escapeHtml(t.situation)}</legend>${situations}</fieldset>
<fieldset><legend>${escapeHtml(t.continued)}</legend>
<div class="choice"><input type="radio" id="continued-yes" name="continued" value="yes" required${checked(values.continued === true)}><label for="continued-yes">${escapeHtml(t.yes)}</label></div>
<div class="choice"><input type="radio" id="continued-no" name="continued" value="no"${checked(values.continued === false)}><label for="continued-no">${escapeHtml(t.no)}</label></div>
</fieldset>
<fieldset><legend>${escapeHtml(t.needs)}</legend>${needs}</fieldset>
<p><label for="comment">${escapeHtml(t.comment)}</label><input type="text" id="comment" name="comment" maxlength="1000" value="${escapeHtml(values.comment)}"></p>
<p class="muted">${escapeHtml(t.privacy)}</p>
<p><button type="submit">${escapeHtml(t.send)}</button></p>
</form>`;
  return shell(locale, token, t.title, content);
}

/** Plain, large, high-contrast; one column that fits a 390 px phone. */
export const pageCss = `*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:1.0625rem;line-height:1.5;color:#1a1a1a;background:#fff}
header,main{max-width:40rem;margin:0 auto;padding:0 1rem}
main{padding-bottom:2rem}
h1{font-size:1.6rem;margin:1rem 0 .5rem}
.languages{list-style:none;display:flex;gap:1rem;padding:0;margin:.75rem 0 0;flex-wrap:wrap}
.languages a{color:#0b4f8a}
fieldset{border:1px solid #767676;border-radius:.4rem;margin:1rem 0;padding:.5rem 1rem 1rem}
legend{font-weight:600;padding:0 .25rem}
.choice{display:flex;align-items:center;gap:.6rem;min-height:2.75rem}
.choice input{width:1.4rem;height:1.4rem;margin:0;flex:none}
label{cursor:pointer}
input[type=text]{display:block;width:100%;min-height:2.75rem;margin-top:.4rem;padding:.5rem;font:inherit;border:1px solid #767676;border-radius:.3rem}
button{font:inherit;font-weight:600;min-height:2.75rem;padding:.5rem 1.5rem;color:#fff;background:#0b4f8a;border:0;border-radius:.3rem;cursor:pointer}
button:focus-visible,input:focus-visible,a:focus-visible{outline:3px solid #b35900;outline-offset:2px}
.muted{color:#4a4a4a}
.errors{border:2px solid #a00000;border-radius:.4rem;padding:.5rem 1rem;color:#a00000}
`;

/**
 * The public verification page: plain HTML with a same-origin script (the site's CSP allows no inline
 * script or style). The learner's file is read in the browser and sent to the verify endpoint; the
 * answer lists each check with its reason. Finnish first; `?lang=sv` and `?lang=en`.
 */
type Lang = "fi" | "sv" | "en";

const text = {
  fi: {
    title: "Työelämäpassin merkin tarkistus",
    intro:
      "Valitse merkin tiedosto (JSON) tai liitä sen sisältö. Tarkistus ei vaadi kirjautumista, eikä merkkiä tallenneta.",
    file: "Merkin tiedosto",
    paste: "tai liitä merkin JSON",
    check: "Tarkista merkki",
    ok: "Merkki on aito ja voimassa",
    failed: "Merkki ei kelpaa",
    error: "Tarkistus epäonnistui. Yritä uudelleen.",
    choose: "Valitse ensin merkin tiedosto tai liitä merkin JSON kenttään.",
  },
  sv: {
    title: "Kontroll av arbetslivspassets märke",
    intro:
      "Välj märkets fil (JSON) eller klistra in dess innehåll. Kontrollen kräver ingen inloggning och märket sparas inte.",
    file: "Märkets fil",
    paste: "eller klistra in märkets JSON",
    check: "Kontrollera märket",
    ok: "Märket är äkta och giltigt",
    failed: "Märket godtas inte",
    error: "Kontrollen misslyckades. Försök igen.",
    choose: "Välj först märkets fil eller klistra in märkets JSON i fältet.",
  },
  en: {
    title: "Checking a work-life passport badge",
    intro:
      "Choose the badge's file (JSON) or paste its content. Checking needs no login, and the badge is not stored.",
    file: "The badge's file",
    paste: "or paste the badge's JSON",
    check: "Check the badge",
    ok: "The badge is genuine and valid",
    failed: "The badge does not pass",
    error: "The check failed. Try again.",
    choose: "First choose the badge's file or paste the badge's JSON into the field.",
  },
} as const;

const html = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function verifyPage(lang: Lang): string {
  const t = text[lang];
  const other = (["fi", "sv", "en"] as const)
    .map((l) =>
      l === lang ? `<span aria-current="true">${l}</span>` : `<a href="?lang=${l}" lang="${l}">${l}</a>`,
    )
    .join(" · ");
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(t.title)}</title>
<link rel="stylesheet" href="verify.css">
<script src="verify.js" defer></script>
</head>
<body>
<main data-ok="${html(t.ok)}" data-failed="${html(t.failed)}" data-error="${html(t.error)}" data-choose="${html(t.choose)}" data-lang="${lang}">
<nav aria-label="Kieli / Språk / Language">${other}</nav>
<h1>${html(t.title)}</h1>
<p>${html(t.intro)}</p>
<form id="verify-form">
<label for="badge-file">${html(t.file)}</label>
<input id="badge-file" name="file" type="file" accept="application/json,.json">
<label for="badge-json">${html(t.paste)}</label>
<textarea id="badge-json" name="json" rows="8"></textarea>
<button type="submit">${html(t.check)}</button>
</form>
<section id="result" aria-live="polite"></section>
</main>
</body>
</html>`;
}

export const verifyScript = `"use strict";
(function () {
  var main = document.querySelector("main");
  var form = document.getElementById("verify-form");
  var result = document.getElementById("result");
  var lang = main.dataset.lang;
  function show(answer) {
    result.textContent = "";
    var heading = document.createElement("h2");
    heading.textContent = answer.verified ? main.dataset.ok : main.dataset.failed;
    heading.className = answer.verified ? "ok" : "failed";
    result.appendChild(heading);
    var summary = document.createElement("p");
    summary.textContent = answer.summary[lang];
    result.appendChild(summary);
    var list = document.createElement("ul");
    answer.checks.forEach(function (c) {
      var item = document.createElement("li");
      item.className = c.ok ? "ok" : "failed";
      item.textContent = (c.ok ? "\\u2713 " : "\\u2717 ") + c.reason[lang];
      list.appendChild(item);
    });
    result.appendChild(list);
    heading.setAttribute("tabindex", "-1");
    heading.focus();
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var file = document.getElementById("badge-file").files[0];
    var pasted = document.getElementById("badge-json").value;
    if (!file && !pasted.trim()) {
      result.textContent = main.dataset.choose;
      document.getElementById("badge-file").focus();
      return;
    }
    var read = file ? file.text() : Promise.resolve(pasted);
    read
      .then(function (body) {
        return fetch("verify", { method: "POST", headers: { "content-type": "application/json" }, body: body || "null" });
      })
      .then(function (response) {
        if (!response.ok) throw new Error("status " + response.status);
        return response.json();
      })
      .then(show)
      .catch(function () {
        result.textContent = main.dataset.error;
      });
  });
})();
`;

export const verifyStyle = `
body { font-family: system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #fff; line-height: 1.5; }
main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
nav { text-align: right; }
a { color: #0b4f8a; }
label { display: block; font-weight: 600; margin-top: 1rem; }
input, textarea { width: 100%; box-sizing: border-box; font: inherit; margin-top: 0.25rem; }
textarea { font-family: ui-monospace, monospace; font-size: 0.85rem; }
button { margin-top: 1rem; font: inherit; padding: 0.6rem 1.2rem; min-height: 44px; background: #0b4f8a; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
button:focus-visible, input:focus-visible, textarea:focus-visible, a:focus-visible { outline: 3px solid #f0a000; outline-offset: 2px; }
.ok { color: #1d6b2c; }
.failed { color: #a4161a; }
ul { padding-left: 1.2rem; }
`;

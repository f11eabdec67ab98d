/**
 * Each graduate's placement and attribution in words, Finnish first, then Swedish and English, as the
 * step kinds carry their titles (`LocalisedText`). The words are built from the same structured
 * decision the figures come from, so the sentence cannot disagree with the number.
 */
import type { LocalisedText } from "../pathway/stepKinds.ts";
import type { Attribution, AttributionFallback, ContributorRole } from "./attribution.ts";
import type { PlacementDecision } from "./placement.ts";

const roleName: Record<ContributorRole, LocalisedText> = {
  provider: { fi: "koulutuksen järjestäjä", sv: "utbildningsanordnaren", en: "the provider" },
  workshop: { fi: "työpaja", sv: "verkstaden", en: "the workshop" },
  company: { fi: "yritys", sv: "företaget", en: "the company" },
  mentor: { fi: "mentori", sv: "mentorn", en: "the mentor" },
  partner: { fi: "kumppani", sv: "partnern", en: "the partner" },
};

const fiDate = (iso: string) => {
  const [y, m, d] = iso.split("-");
  return `${Number(d)}.${Number(m)}.${y}`;
};
const percent = (x: number, lang: "fi" | "sv" | "en") =>
  `${(Math.round(x * 1000) / 10).toLocaleString(lang === "en" ? "en-GB" : lang === "sv" ? "sv-SE" : "fi-FI")} %`;

export const explainPlacement = (d: PlacementDecision): LocalisedText => {
  const w = {
    fi: `${fiDate(d.window.from)}–${fiDate(d.window.to)}`,
    en: `${d.window.from} to ${d.window.to}`,
  };
  const months = d.outcome?.employmentMonths ?? 0;
  switch (d.reason) {
    case "employed_before_training":
      return {
        fi: "Ei lasketa: oli työssä koulutusta edeltävänä vuonna.",
        sv: "Räknas inte: var i arbete året före utbildningen.",
        en: "Not counted: employed in the year before training.",
      };
    case "placed_employment":
      return {
        fi: `Sijoittui: työssä ${months} kk jaksolla ${w.fi}.`,
        sv: `Placerad: i arbete ${months} mån under perioden ${w.fi}.`,
        en: `Placed: employed ${months} months in the window ${w.en}.`,
      };
    case "placed_higher_education":
      return {
        fi: `Sijoittui: korkeakouluopinnoissa jaksolla ${w.fi}.`,
        sv: `Placerad: studier vid högskola under perioden ${w.fi}.`,
        en: `Placed: in higher education in the window ${w.en}.`,
      };
    case "too_few_months":
      return {
        fi: `Ei sijoittunut: työtä alle 2 kk jaksolla ${w.fi}.`,
        sv: `Inte placerad: under 2 månaders arbete under perioden ${w.fi}.`,
        en: `Not placed: under 2 months of employment in the window ${w.en}.`,
      };
    case "outside_window":
      return {
        fi: `Ei sijoittunut: tulos kirjattu jakson ${w.fi} ulkopuolelle.`,
        sv: `Inte placerad: utfallet ligger utanför perioden ${w.fi}.`,
        en: `Not placed: the outcome falls outside the window ${w.en}.`,
      };
    default:
      return {
        fi: `Ei sijoittunut: ei työtä eikä korkeakouluopintoja jaksolla ${w.fi}.`,
        sv: `Inte placerad: varken arbete eller högskolestudier under perioden ${w.fi}.`,
        en: `Not placed: neither employment nor higher education in the window ${w.en}.`,
      };
  }
};

const ruleText = (a: Attribution): LocalisedText => {
  switch (a.rule) {
    case "last":
      return {
        fi: "Sääntö: viimeisin toimija",
        sv: "Regel: den senaste aktören",
        en: "Rule: last contributor",
      };
    case "weighted":
      return {
        fi: "Sääntö: panoksen mukaan painotettu",
        sv: "Regel: viktad efter insats",
        en: "Rule: contribution-weighted",
      };
    default:
      return {
        fi: `Sääntö: Shapleyn arvo${a.method === "sampled" ? " (otos)" : ""}`,
        sv: `Regel: Shapley-värde${a.method === "sampled" ? " (stickprov)" : ""}`,
        en: `Rule: Shapley value${a.method === "sampled" ? " (sampled)" : ""}`,
      };
  }
};

const fallbackText: Record<AttributionFallback, LocalisedText> = {
  no_contributions: {
    fi: "muita toimijoita ei ole kirjattu, joten koko osuus kuuluu järjestäjälle",
    sv: "inga andra aktörer har registrerats, så hela andelen går till anordnaren",
    en: "no other contributor is recorded, so all of it is the provider's",
  },
  none_in_window: {
    fi: "kukaan ei toiminut aikaikkunan sisällä, joten koko osuus kuuluu järjestäjälle",
    sv: "ingen var verksam inom tidsfönstret, så hela andelen går till anordnaren",
    en: "nobody contributed within the window, so all of it is the provider's",
  },
  zero_value: {
    fi: "kirjatuilla vaiheilla ei ole painoa, joten koko osuus kuuluu järjestäjälle",
    sv: "de registrerade stegen har ingen vikt, så hela andelen går till anordnaren",
    en: "the recorded steps carry no weight, so all of it is the provider's",
  },
  too_many_for_shapley: {
    fi: "toimijoita on liikaa tarkalle Shapleyn arvolle, joten koko osuus kuuluu järjestäjälle",
    sv: "för många aktörer för ett exakt Shapley-värde, så hela andelen går till anordnaren",
    en: "too many contributors for an exact Shapley value, so all of it is the provider's",
  },
};

export const explainAttribution = (a: Attribution): LocalisedText => {
  const rule = ruleText(a);
  const part = (lang: "fi" | "sv" | "en") =>
    a.shares
      .map((s) => {
        const who = s.contributor.name ?? roleName[s.contributor.role][lang];
        const basis =
          lang === "fi"
            ? `${s.basis.steps} vaihetta, ${s.basis.hours} h`
            : lang === "sv"
              ? `${s.basis.steps} steg, ${s.basis.hours} h`
              : `${s.basis.steps} steps, ${s.basis.hours} h`;
        return `${who} ${percent(s.fraction, lang)} (${basis})`;
      })
      .join("; ");
  const fb = a.fallback === undefined ? undefined : fallbackText[a.fallback];
  return {
    fi: `${rule.fi}: ${part("fi")}${fb ? `; ${fb.fi}` : ""}.`,
    sv: `${rule.sv}: ${part("sv")}${fb ? `; ${fb.sv}` : ""}.`,
    en: `${rule.en}: ${part("en")}${fb ? `; ${fb.en}` : ""}.`,
  };
};

/** Placement and attribution of one graduate in one text per language. */
export const explainGraduate = (d: PlacementDecision, a: Attribution | undefined): LocalisedText => {
  const p = explainPlacement(d);
  if (a === undefined) return p;
  const x = explainAttribution(a);
  return { fi: `${p.fi} ${x.fi}`, sv: `${p.sv} ${x.sv}`, en: `${p.en} ${x.en}` };
};

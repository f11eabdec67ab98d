/**
 * The cohort CSV's vocabulary: column names (Finnish, with English aliases), the words accepted in
 * cells, and the messages for bad cells in fi/sv/en. Matching ignores case and the dots of ä and ö.
 */
import type { ContributorRole } from "@polku/domain/funding";
import type { outcomeKinds } from "@polku/domain/vocabulary";
import type { Lang } from "../i18n.ts";

export type Field =
  | "student"
  | "record"
  | "kind"
  | "date"
  | "end"
  | "status"
  | "contributor"
  | "role"
  | "name"
  | "hours"
  | "months"
  | "employedBefore";

export type RecordKind = "graduation" | "step" | "outcome";
type OutcomeKind = (typeof outcomeKinds)[number];
type StepStatus = "planned" | "in_progress" | "done" | "cancelled";

/** Lower case, ä -> a, ö -> o, å -> a, spaces and dashes -> underscore. */
export const fold = (s: string): string =>
  s
    .trim()
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\s-]+/g, "_");

const table = <T>(entries: Record<string, ReadonlyArray<string>>): Map<string, T> => {
  const map = new Map<string, T>();
  for (const [value, names] of Object.entries(entries))
    for (const name of [value, ...names]) map.set(fold(name), value as T);
  return map;
};

/** The first name is the one the README and the template use. */
export const fieldNames: Record<Field, ReadonlyArray<string>> = {
  student: ["opiskelija", "student"],
  record: ["tietue", "record"],
  kind: ["laji", "kind"],
  date: ["pvm", "päivä", "date"],
  end: ["loppuu", "end", "ends_on"],
  status: ["tila", "status"],
  contributor: ["tekijä", "contributor"],
  role: ["rooli", "role"],
  name: ["nimi", "name"],
  hours: ["tunnit", "hours"],
  months: ["kuukaudet", "työkuukaudet", "months"],
  employedBefore: ["työssä_ennen", "employed_before"],
};
export const fieldAliases = table<Field>(fieldNames as Record<string, ReadonlyArray<string>>);
export const requiredFields: ReadonlyArray<Field> = ["student", "record", "kind", "date", "contributor"];

export const recordAliases = table<RecordKind>({
  graduation: ["valmistuminen", "valmistui"],
  step: ["vaihe"],
  outcome: ["tulos", "sijoittuminen"],
});
export const roleAliases = table<ContributorRole>({
  provider: ["oppilaitos", "koulutuksen_järjestäjä", "järjestäjä"],
  workshop: ["työpaja", "paja"],
  company: ["yritys"],
  mentor: ["mentori"],
  partner: ["kumppani"],
});
export const statusAliases = table<StepStatus>({
  done: ["tehty", "valmis"],
  in_progress: ["kesken", "käynnissä"],
  planned: ["suunniteltu"],
  cancelled: ["peruttu"],
});
export const outcomeAliases = table<OutcomeKind>({
  employed: ["työssä", "työllistynyt"],
  entrepreneur: ["yrittäjä"],
  higher_education: ["korkeakoulu", "korkeakouluopinnot"],
  vocational_studies: ["ammatilliset_opinnot"],
  wage_subsidised_work: ["palkkatuki", "palkkatuettu_työ"],
  other: ["muu"],
  not_placed: ["ei_sijoittunut"],
});
export const yesNo = table<boolean>({ true: ["kyllä", "k", "yes", "1"], false: ["ei", "e", "no", "0", ""] });
// table() keeps the keys as strings: make the booleans real.
for (const [k, v] of yesNo) yesNo.set(k, (v as unknown) === "true");

const quoteList = (xs: ReadonlyArray<string>) => xs.map((x) => `"${x}"`).join(", ");

const fi = {
  csvSyntax: (code: string) => `CSV-rivi ei jäsenny (${code}): tarkista lainausmerkit ja puolipisteet.`,
  empty: "Tiedosto on tyhjä: ensimmäisellä rivillä pitää olla sarakkeiden nimet.",
  commaSeparated: "Sarakkeet on erotettu pilkuilla: käytä puolipistettä (;), kuten suomalainen Excel.",
  unknownColumn: "Tuntematon sarake: tarkista nimen kirjoitusasu tai jätä sarake pois.",
  missingColumn: "Pakollinen sarake puuttuu otsikkoriviltä.",
  cellCount: (got: number, want: number) => `Rivillä on ${got} kenttää, otsikkorivillä ${want}.`,
  required: "Kenttä on pakollinen.",
  oneOf: (got: string, xs: ReadonlyArray<string>) => `"${got}" ei käy: anna jokin näistä: ${quoteList(xs)}.`,
  date: (got: string) => `"${got}" ei ole päivämäärä: kirjoita 31.5.2024 tai 2024-05-31.`,
  number: (got: string, min: number, max: number) =>
    `"${got}" ei ole luku väliltä ${min}–${max} (desimaalipilkku käy).`,
  roleChanged: (id: string, was: string, line: number) =>
    `Tekijällä "${id}" on jo rooli "${was}" rivillä ${line}: yhdellä tekijällä on yksi rooli.`,
  twoGraduations: (s: string, line: number) =>
    `Opiskelijalla "${s}" on jo valmistumisrivi rivillä ${line}: anna se kerran.`,
  providerMissing: "Valmistumisrivin tekijä on koulutuksen järjestäjän tunnus: se puuttuu.",
  graduationRole: "Valmistumisrivin rooli on aina oppilaitos (tai tyhjä).",
  stepKind: "Vaiheen laji puuttuu (esim. work-trial tai coaching-session).",
  endBeforeStart: "Vaihe loppuu ennen kuin se alkaa.",
  roleMissing: (id: string) =>
    `Tekijän "${id}" rooli puuttuu: anna työpaja, yritys, mentori, kumppani tai oppilaitos.`,
  noGraduation: (s: string) => `Opiskelijalta "${s}" puuttuu valmistumisrivi (tietue "valmistuminen").`,
};
type Messages = typeof fi;

const sv: Messages = {
  csvSyntax: (code) => `CSV-raden kan inte tolkas (${code}): kontrollera citattecken och semikolon.`,
  empty: "Filen är tom: första raden ska ha kolumnernas namn.",
  commaSeparated: "Kolumnerna är åtskilda med komma: använd semikolon (;), som finländskt Excel.",
  unknownColumn: "Okänd kolumn: kontrollera stavningen eller lämna bort kolumnen.",
  missingColumn: "En obligatorisk kolumn saknas i rubrikraden.",
  cellCount: (got, want) => `Raden har ${got} fält, rubrikraden ${want}.`,
  required: "Fältet är obligatoriskt.",
  oneOf: (got, xs) => `"${got}" duger inte: ge något av ${quoteList(xs)}.`,
  date: (got) => `"${got}" är inget datum: skriv 31.5.2024 eller 2024-05-31.`,
  number: (got, min, max) => `"${got}" är inget tal mellan ${min} och ${max} (decimalkomma går bra).`,
  roleChanged: (id, was, line) => `"${id}" har redan rollen "${was}" på rad ${line}: en aktör har en roll.`,
  twoGraduations: (s, line) => `"${s}" har redan en examensrad på rad ${line}: ge den en gång.`,
  providerMissing: "Examensradens aktör är anordnarens id: den saknas.",
  graduationRole: "Examensradens roll är alltid anordnare (eller tom).",
  stepKind: "Skedets typ saknas (t.ex. work-trial eller coaching-session).",
  endBeforeStart: "Skedet slutar innan det börjar.",
  roleMissing: (id) => `Rollen för "${id}" saknas.`,
  noGraduation: (s) => `"${s}" saknar en examensrad (tietue "valmistuminen").`,
};

const en: Messages = {
  csvSyntax: (code) => `The CSV row cannot be read (${code}): check its quotes and semicolons.`,
  empty: "The file is empty: its first line must name the columns.",
  commaSeparated: "The columns are separated by commas: use semicolons (;), as Finnish Excel does.",
  unknownColumn: "Unknown column: check its spelling or leave it out.",
  missingColumn: "A required column is missing from the header line.",
  cellCount: (got, want) => `The row has ${got} fields, the header ${want}.`,
  required: "The field is required.",
  oneOf: (got, xs) => `"${got}" will not do: give one of ${quoteList(xs)}.`,
  date: (got) => `"${got}" is not a date: write 31.5.2024 or 2024-05-31.`,
  number: (got, min, max) => `"${got}" is not a number from ${min} to ${max} (a decimal comma is fine).`,
  roleChanged: (id, was, line) =>
    `"${id}" already has the role "${was}" on line ${line}: a contributor has one role.`,
  twoGraduations: (s, line) => `"${s}" already has a graduation row on line ${line}: give it once.`,
  providerMissing: "A graduation row's contributor is the provider's id: it is missing.",
  graduationRole: "A graduation row's role is always the provider (or empty).",
  stepKind: "The step's kind is missing (e.g. work-trial or coaching-session).",
  endBeforeStart: "The step ends before it starts.",
  roleMissing: (id) => `The role of "${id}" is missing: give workshop, company, mentor, partner or provider.`,
  noGraduation: (s) => `"${s}" has no graduation row (record "valmistuminen").`,
};

export const cohortMessages = (lang: Lang): Messages => ({ fi, sv, en })[lang];

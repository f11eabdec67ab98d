/**
 * The demo's autumn-term 2026 plan for a first-year group, as data: what the #Valmennus pilot plans
 * at regular intervals (group coaching tied to everyday studies, community-building activities,
 * individual coaching rounds) and the kuraattori's monthly outreach visits. No student is named.
 */
import { addDaysToLocalDate } from "@polku/domain";
import type { PlanItemKind } from "./rules.ts";

export const DEMO_TERM = { termStart: "2026-08-10", termEnd: "2026-12-19" } as const;

export const demoGoals = {
  groupGoals:
    "Ryhmä tutustuu toisiinsa ja oppilaitoksen arkeen, ja jokainen löytää paikkansa ryhmässä. Opitaan yhdessä, mitä HOKS, osaamisen hankkiminen ja osoittaminen tarkoittavat, ja harjoitellaan arjen hallintaa (lukujärjestys, poissaoloista ilmoittaminen, Wilma).",
  individualGoals:
    "Jokaisen opiskelijan alkutilanne ja tuen tarpeet on selvitetty syyskuun loppuun mennessä. Valmennuskierroksilla seurataan opintojen etenemistä ja hyvinvointia, ja tarvittaessa ohjataan opiskeluhuollon palveluihin.",
} as const;

export type DemoResponsible = "omaohjaaja" | "opettaja" | "kuraattori";

export interface DemoItem {
  readonly kind: PlanItemKind;
  readonly plannedOn: string;
  readonly startsAt: string | null;
  readonly title: string;
  readonly place: string | null;
  readonly responsible: DemoResponsible;
  readonly note?: string;
}

const groupThemes = [
  "Opiskelijaksi ammattiopistoon",
  "HOKS tutuksi",
  "Arjen hallinta ja lukujärjestys",
  "Osaamisen osoittaminen näytöissä",
  "Työelämäjaksot ja työpaikalla oppiminen",
  "Opiskelukyky ja jaksaminen",
  "Syksyn onnistumiset",
  "Kevään tavoitteet",
  "Palaute syksyn valmennuksesta",
] as const;

/**
 * One group's items. `offset` (0 or 1) moves the second group's sessions a day later, so the two
 * groups do not share a room at the same time and the kuraattori can visit both.
 */
export function demoItems(room: string, offset: number): DemoItem[] {
  const items: DemoItem[] = [];
  // Group coaching every other Monday (Tuesday for the second group) from the second week.
  groupThemes.forEach((theme, i) => {
    items.push({
      kind: "group_coaching",
      plannedOn: addDaysToLocalDate("2026-08-17", 14 * i + offset),
      startsAt: "09:00",
      title: `Ryhmävalmennus: ${theme}`,
      place: room,
      responsible: "omaohjaaja",
    });
  });
  items.push(
    {
      kind: "community",
      plannedOn: addDaysToLocalDate("2026-08-12", offset),
      startsAt: "09:00",
      title: "Ryhmäytymispäivä",
      place: "Ounasvaaran laavu",
      responsible: "opettaja",
      note: "Eväät koululta, säänmukainen vaatetus.",
    },
    {
      kind: "community",
      plannedOn: addDaysToLocalDate("2026-09-25", offset),
      startsAt: "12:00",
      title: "Ruskaretki ja makkaranpaisto",
      place: "Lähiluontopolku",
      responsible: "opettaja",
    },
    {
      kind: "community",
      plannedOn: addDaysToLocalDate("2026-10-29", offset),
      startsAt: "13:00",
      title: "Pelipäivä yhdessä toisen ryhmän kanssa",
      place: "Liikuntasali",
      responsible: "opettaja",
    },
    {
      kind: "community",
      plannedOn: addDaysToLocalDate("2026-12-16", offset),
      startsAt: null,
      title: "Joulupuuro ja syksyn päätös",
      place: "Ravintola Kammari",
      responsible: "opettaja",
    },
    {
      kind: "individual_coaching",
      plannedOn: addDaysToLocalDate("2026-09-07", offset),
      startsAt: null,
      title: "Yksilövalmennuskierros 1: alkutilanne, tuen tarpeet ja HOKS",
      place: room,
      responsible: "omaohjaaja",
      note: "Kierros kestää kaksi viikkoa; ajat sovitaan jokaisen opiskelijan kanssa.",
    },
    {
      kind: "individual_coaching",
      plannedOn: addDaysToLocalDate("2026-10-19", offset),
      startsAt: null,
      title: "Yksilövalmennuskierros 2: opintojen eteneminen",
      place: room,
      responsible: "omaohjaaja",
    },
    {
      kind: "individual_coaching",
      plannedOn: addDaysToLocalDate("2026-12-07", offset),
      startsAt: null,
      title: "Yksilövalmennuskierros 3: syksyn arvio ja kevään tavoitteet",
      place: room,
      responsible: "omaohjaaja",
    },
  );
  // The kuraattori goes out among the students once a month, in the group's own lesson.
  for (const [i, day] of ["2026-08-26", "2026-09-23", "2026-10-21", "2026-11-18", "2026-12-09"].entries()) {
    items.push({
      kind: "outreach",
      plannedOn: addDaysToLocalDate(day, offset),
      startsAt: offset === 0 ? "10:30" : "12:30",
      title: i === 0 ? "Kuraattori esittäytyy ryhmälle" : "Kuraattori tavattavissa ryhmän tunnilla",
      place: i % 2 === 0 ? room : "Opiskelijaravintolan nurkkapöytä",
      responsible: "kuraattori",
      note: "Opiskeluhuollon palvelut tutuiksi; yhteydenoton kynnys matalaksi.",
    });
  }
  return items;
}

/**
 * An item counts as done when it is more than a week in the past: the team ticks items off in its
 * weekly meeting, so the last week's items are still waiting, as in real use.
 */
export const isSeededDone = (plannedOn: string, today: string) => addDaysToLocalDate(plannedOn, 7) < today;

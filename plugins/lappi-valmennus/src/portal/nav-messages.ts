/**
 * The menu's strings: the only ones the portal loads up front. The pages' strings (messages.ts) load
 * with the first page of the plugin a person opens.
 */
export const fi = {
  "checklist.nav": "Opintojen alku",
  "plans.nav": "Valmennussuunnitelmat",
  "plans.outreachNav": "Jalkautumiset",
  "hours.nav": "Työaika",
  "hours.summaryNav": "Työaikaseuranta",
  "metrics.nav.dashboard": "Mittarit",
  "metrics.nav.surveys": "Palautekyselyt",
  "notices.nav": "Poissaoloilmoitukset",
} as const;

export type NavMessageKey = keyof typeof fi;

export const sv: Record<NavMessageKey, string> = {
  "checklist.nav": "Studiestarten",
  "plans.nav": "Coachningsplaner",
  "plans.outreachNav": "Uppsökande besök",
  "hours.nav": "Arbetstid",
  "hours.summaryNav": "Uppföljning av arbetstid",
  "metrics.nav.dashboard": "Mätare",
  "metrics.nav.surveys": "Responsenkäter",
  "notices.nav": "Frånvaromeddelanden",
};

export const en: Record<NavMessageKey, string> = {
  "checklist.nav": "Start of studies",
  "plans.nav": "Coaching plans",
  "plans.outreachNav": "Outreach visits",
  "hours.nav": "Working time",
  "hours.summaryNav": "Working time overview",
  "metrics.nav.dashboard": "Metrics",
  "metrics.nav.surveys": "Feedback surveys",
  "notices.nav": "Absence notices",
};

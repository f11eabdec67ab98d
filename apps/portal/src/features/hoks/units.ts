/**
 * Units in words: what the catalogue says of a unit code (its name in the reader's language, scope,
 * whether compulsory), for the editor's choices and for reading a HOKS. Codes stay in the export.
 */
import type { ApiOutputs, Locale, SelectOption } from "@polku/ui";
import type { useHoksText } from "./text.ts";

export type Catalogue = NonNullable<ApiOutputs["hoks"]["get"]>["catalogue"];
export type RequirementsUnit = ApiOutputs["qualifications"]["get"]["units"][number];
type Text = ReturnType<typeof useHoksText>["text"];
type Named = { fi: string; sv?: string; en?: string };

export const nameIn = (name: Named, locale: Locale) => name[locale] ?? name.fi;

/** The national code list `urasuunnitelma`, in the order the editor offers it. */
export const careerPlans = ["urasuunnitelma_0001", "urasuunnitelma_0002"] as const;

/** "Kasvun tukeminen ja ohjaus (20 osp, pakollinen)": scope and compulsion where the requirements say. */
export function unitLabel(
  unit: { name: Named; competencePoints: number | null; compulsory: boolean | null },
  locale: Locale,
  text: Text,
  formatNumber: (n: number) => string,
): string {
  const facts = [
    unit.competencePoints === null
      ? null
      : text("unit.points", { points: formatNumber(unit.competencePoints) }),
    unit.compulsory === null ? null : text(unit.compulsory ? "unit.compulsory" : "unit.optional"),
  ].filter((f): f is string => f !== null);
  const name = nameIn(unit.name, locale);
  return facts.length === 0 ? name : `${name} (${facts.join(", ")})`;
}

/** A HOKS unit's name for reading: the catalogue's, else the document's own (local units), else a note. */
export function unitTitle(
  code: string,
  catalogue: Catalogue,
  locale: Locale,
  text: Text,
  documentName?: string | null,
): string {
  const listed = catalogue[code];
  if (listed) return nameIn(listed.name, locale);
  return documentName ?? text("unit.unknown", { code });
}

/**
 * The editor's choices for one unit: the qualification's units not chosen elsewhere in the plan, by
 * kind, and the unit's current code even when the qualification does not list it (an imported plan).
 */
export function unitOptions(
  requirements: readonly RequirementsUnit[],
  current: string,
  taken: ReadonlySet<string>,
  catalogue: Catalogue,
  locale: Locale,
  text: Text,
  formatNumber: (n: number) => string,
): SelectOption[] {
  const options: SelectOption[] = [];
  for (const kind of ["vocational", "common"] as const) {
    for (const unit of requirements) {
      if (unit.kind !== kind || (taken.has(unit.code) && unit.code !== current)) continue;
      options.push({
        value: unit.code,
        label: unitLabel(unit, locale, text, formatNumber),
        group: text(`group.${kind}`),
      });
    }
  }
  if (current !== "" && !requirements.some((u) => u.code === current)) {
    const listed = catalogue[current];
    options.push({
      value: current,
      label: listed ? unitLabel(listed, locale, text, formatNumber) : text("unit.unknown", { code: current }),
      group: text("group.other"),
    });
  }
  return options;
}

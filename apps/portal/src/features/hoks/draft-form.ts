/** The editor's form model (strings, as typed) and its conversion to and from the API's draft. */
import type { HoksData } from "./HoksView.tsx";

export const methods = ["school", "training_agreement", "apprenticeship", "other"] as const;
export type Method = (typeof methods)[number];
export const workplaceMethods: ReadonlySet<string> = new Set(["training_agreement", "apprenticeship"]);

export interface WayForm {
  method: Method;
  start: string;
  end: string;
  partTime: string;
  workplaceName: string;
  businessId: string;
  instructorName: string;
  instructorEmail: string;
  instructorPhone: string;
  tasks: string;
}
export interface DemoForm {
  environment: string;
  businessId: string;
  content: string;
  start: string;
  end: string;
}
export interface UnitForm {
  code: string;
  version: number | undefined;
  hours: string;
  ways: WayForm[];
  demonstrations: DemoForm[];
}
export interface DraftForm {
  careerPlan: string;
  competenceBy: string;
  units: UnitForm[];
}

export const emptyWay = (): WayForm => ({
  method: "school",
  start: "",
  end: "",
  partTime: "",
  workplaceName: "",
  businessId: "",
  instructorName: "",
  instructorEmail: "",
  instructorPhone: "",
  tasks: "",
});
export const emptyDemo = (): DemoForm => ({
  environment: "",
  businessId: "",
  content: "",
  start: "",
  end: "",
});
export const emptyUnit = (): UnitForm => ({
  code: "",
  version: undefined,
  hours: "",
  ways: [emptyWay()],
  demonstrations: [],
});

const lines = (s: string) =>
  s
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
const opt = <K extends string>(key: K, value: string) =>
  (value.trim() === "" ? {} : { [key]: value.trim() }) as Partial<Record<K, string>>;
const num = <K extends string>(key: K, value: string) =>
  (value.trim() === "" ? {} : { [key]: Number(value.replace(",", ".")) }) as Partial<Record<K, number>>;

export function formOf(draft: HoksData["draft"] | undefined): DraftForm {
  if (!draft) return { careerPlan: "", competenceBy: "", units: [emptyUnit()] };
  return {
    careerPlan: draft.careerPlan ?? "",
    competenceBy: draft.competenceBy ?? "",
    units: draft.units.map((u) => ({
      code: u.code,
      version: u.version,
      hours: u.hours === undefined ? "" : String(u.hours),
      ways: u.ways.map((w) => ({
        method: w.method,
        start: w.start,
        end: w.end,
        partTime: w.partTime === undefined ? "" : String(w.partTime),
        workplaceName: w.workplace?.name ?? "",
        businessId: w.workplace?.businessId ?? "",
        instructorName: w.workplace?.instructorName ?? "",
        instructorEmail: w.workplace?.instructorEmail ?? "",
        instructorPhone: w.workplace?.instructorPhone ?? "",
        tasks: (w.workplace?.tasks ?? []).join("\n"),
      })),
      demonstrations: u.demonstrations.map((d) => ({
        environment: d.environment,
        businessId: d.businessId ?? "",
        content: d.content.join("\n"),
        start: d.start,
        end: d.end,
      })),
    })),
  };
}

/** The API's draft input; empty optional fields are left out, the server checks the rest. */
export function draftOf(form: DraftForm) {
  return {
    ...opt("careerPlan", form.careerPlan),
    ...opt("competenceBy", form.competenceBy),
    units: form.units.map((u) => ({
      code: u.code.trim(),
      ...(u.version === undefined ? {} : { version: u.version }),
      ...num("hours", u.hours),
      ways: u.ways.map((w) => ({
        method: w.method,
        start: w.start,
        end: w.end,
        ...num("partTime", w.partTime),
        ...(workplaceMethods.has(w.method) || w.workplaceName.trim() !== ""
          ? {
              workplace: {
                name: w.workplaceName.trim(),
                ...opt("businessId", w.businessId),
                instructorName: w.instructorName.trim(),
                ...opt("instructorEmail", w.instructorEmail),
                ...opt("instructorPhone", w.instructorPhone),
                tasks: lines(w.tasks),
              },
            }
          : {}),
      })),
      demonstrations: u.demonstrations.map((d) => ({
        environment: d.environment.trim(),
        ...opt("businessId", d.businessId),
        content: lines(d.content),
        start: d.start,
        end: d.end,
      })),
    })),
  };
}

/** Shared test data: one provider, a workshop and a company, and graduates with recorded paths. */
import type { ShareAgreement } from "./agreement.ts";
import type { ContributionStep, Contributor } from "./attribution.ts";
import type { GraduatePath } from "./statement.ts";

export const esedu: Contributor = { id: "esedu", role: "provider", name: "Esedu" };
export const paja: Contributor = { id: "paja", role: "workshop", name: "Työpaja Verstas" };
export const firma: Contributor = { id: "firma", role: "company", name: "Firma Oy" };

export const agreementV1: ShareAgreement = {
  id: "jatkopolku",
  version: 1,
  providerId: "esedu",
  title: "Jatkopolutus 2024",
  effectiveFrom: "2024-01-01",
  attribution: { rule: "weighted", measure: "hours", kindWeights: { "work-trial": 2 } },
  parties: [
    { partyId: "paja", role: "workshop", percentage: 50, outcomeWeights: { higher_education: 0.5 } },
    { partyId: "firma", role: "company", percentage: 20, minContribution: 0.2, seesStudents: true },
  ],
};

export const path = (
  id: string,
  outcome: GraduatePath["graduate"]["outcomes"][number] | undefined,
  steps: ReadonlyArray<ContributionStep>,
): GraduatePath => ({
  provider: esedu,
  graduate: {
    studentId: id,
    providerId: "esedu",
    graduatedOn: "2024-05-31",
    employedBeforeTraining: false,
    outcomes: outcome ? [outcome] : [],
  },
  steps,
});

const coaching = (h: number): ContributionStep => ({
  kind: "coaching-session",
  status: "done",
  contributor: esedu,
  startsOn: "2024-03-01",
  endsOn: "2024-03-01",
  hours: h,
});
const trial = (h: number): ContributionStep => ({
  kind: "work-trial",
  status: "done",
  contributor: paja,
  startsOn: "2024-07-01",
  endsOn: "2024-08-01",
  hours: h,
});
const work = (h: number): ContributionStep => ({
  kind: "workplace-period",
  status: "done",
  contributor: firma,
  startsOn: "2024-08-01",
  endsOn: "2024-08-20",
  hours: h,
});

/**
 * s1: employed, hours 10 / 30x2 / 0 -> paja 6/7.
 * s2: higher education, hours 20 / 10x2 / 10 -> esedu 0.4, paja 0.4, firma 0.2.
 * s3: one month of work: not placed.
 * s4: employed, provider alone.
 */
export const paths: ReadonlyArray<GraduatePath> = [
  path("s1", { kind: "employed", date: "2024-09-01", employmentMonths: 3 }, [
    coaching(10),
    trial(30),
    work(0),
  ]),
  path("s2", { kind: "higher_education", date: "2024-09-01" }, [coaching(20), trial(10), work(10)]),
  path("s3", { kind: "employed", date: "2024-09-01", employmentMonths: 1 }, [coaching(5), trial(5)]),
  path("s4", { kind: "entrepreneur", date: "2024-10-01", employmentMonths: 6 }, [coaching(8)]),
];

/** 2026 model, budget 1e9, 1,000 national placement points: 0.18e9 / 1000 = 180,000 EUR a point. */
export const national = { budget: 1_000_000_000, points: { placement: 1_000 } };

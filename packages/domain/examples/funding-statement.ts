import { buildStatement, decodeShareAgreement, law2026 } from "@polku/domain/funding";
import { Effect } from "effect";

// The agreement as negotiators write it (JSON); decoding names every bad field.
const agreement = Effect.runSync(
  decodeShareAgreement({
    id: "jatkopolku",
    version: 1,
    providerId: "esedu",
    title: "Valmistuvien jatkopolutus",
    effectiveFrom: "2024-01-01",
    attribution: { rule: "weighted", measure: "hours", kindWeights: { "work-trial": 2 } },
    parties: [{ partyId: "paja", role: "workshop", percentage: 50, capEuros: 100000 }],
  }),
);

const esedu = { id: "esedu", role: "provider", name: "Esedu" } as const;
const paja = { id: "paja", role: "workshop", name: "Työpaja Verstas" } as const;

export const statement = buildStatement({
  versions: [agreement],
  partyId: "paja",
  fundingYear: 2027, // 2024 graduates: statistics year 2025, paid in 2027 and 2028 (lag 2, two-year average)
  model: law2026,
  // Named assumptions: the national budget and all providers' placement points.
  national: { budget: 1_000_000_000, points: { placement: 1_000 } },
  pseudonymKey: "the provider's secret key",
  paths: [
    {
      provider: esedu,
      graduate: {
        studentId: "s1",
        providerId: "esedu",
        graduatedOn: "2024-05-31",
        employedBeforeTraining: false,
        outcomes: [{ kind: "employed", date: "2024-09-01", employmentMonths: 3 }],
      },
      steps: [
        { kind: "coaching-session", status: "done", contributor: esedu, startsOn: "2024-03-01", hours: 10 },
        { kind: "work-trial", status: "done", contributor: paja, startsOn: "2024-07-01", hours: 30 },
      ],
    },
  ],
});

statement.euros; // 38571.43: 0.5 point x 180,000 EUR x 6/7 attributed x 50 %
statement.lines[0]?.student; // "P-…": a pseudonym, the workshop may not see the student
statement.lines[0]?.explanation.fi; // "Sijoittui: työssä 3 kk jaksolla 1.7.2024–30.6.2025. Sääntö: …"

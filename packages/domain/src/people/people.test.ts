import { Schema } from "effect";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { guardianMaySeeStudent } from "./guardian.ts";
import { Student } from "./student.ts";

const id = "0b6d4f5e-2c1a-4b7e-9f3a-1d2c3b4a5f60";
const providerId = "7a1e2d3c-4b5a-4f6e-8d7c-9b0a1f2e3d4c";

describe("Student", () => {
  it("decodes a student with a valid learner OID", () => {
    const s = Schema.decodeUnknownSync(Student)({
      id,
      providerId,
      learnerOid: "1.2.246.562.24.44651722625",
      firstName: "Aino",
      lastName: "Virtanen",
      birthDate: "2009-03-14",
    });
    expect(s.learnerOid).toBe("1.2.246.562.24.44651722625");
  });

  it("reports every bad field", () => {
    const result = Schema.decodeUnknownExit(Student)(
      {
        id: "x",
        providerId,
        learnerOid: "1.2.246.562.24.44651722626",
        firstName: "",
        lastName: "V",
        birthDate: "2009-02-30",
      },
      { errors: "all" },
    );
    expect(result._tag).toBe("Failure");
    const text = String(result);
    for (const field of ["id", "learnerOid", "firstName", "birthDate"]) expect(text).toContain(field);
  });
});

describe("guardianMaySeeStudent", () => {
  it("ends on the 18th birthday", () => {
    expect(guardianMaySeeStudent("2008-09-01", "2026-08-31")).toBe(true);
    expect(guardianMaySeeStudent("2008-09-01", "2026-09-01")).toBe(false);
  });

  it("once it ends it never comes back", () => {
    const day = fc.date({ min: new Date("1990-01-01"), max: new Date("2060-01-01"), noInvalidDate: true });
    fc.assert(
      fc.property(day, day, day, (b, x, y) => {
        const [birth, t1, t2] = [b, x, y].map((d) => d.toISOString().slice(0, 10)) as [
          string,
          string,
          string,
        ];
        const [early, late] = t1 <= t2 ? [t1, t2] : [t2, t1];
        if (!guardianMaySeeStudent(birth, early)) expect(guardianMaySeeStudent(birth, late)).toBe(false);
      }),
    );
  });
});

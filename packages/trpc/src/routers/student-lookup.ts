import { type Database, prebuiltSelect, schema } from "@polku/db";
import { eq, sql } from "drizzle-orm";
import { notFound } from "../errors.ts";

/** Built once (see prebuiltSelect): nearly every procedure about a student starts with it. */
const studentById = prebuiltSelect((db) =>
  db
    .select({
      id: schema.student.id,
      providerId: schema.student.providerId,
      firstName: schema.student.firstName,
      lastName: schema.student.lastName,
      birthDate: schema.student.birthDate,
      phase: schema.student.phase,
    })
    .from(schema.student)
    .where(eq(schema.student.id, sql.placeholder("studentId"))),
);

/**
 * Finds a student the actor may see (row-level security filters the query); a student the actor may
 * not see is "not found", so nothing tells an outsider that the student exists.
 */
export async function findStudent(tx: Database, studentId: string) {
  const [found] = await studentById(tx, { studentId });
  if (!found) throw notFound("The student");
  return found;
}

/**
 * The provider's staff and their roles, for choosing who is responsible for a plan item (outreach
 * only by welfare staff) and whose hours a manager plans.
 *
 * Core row-level security lets a person read only their own memberships, so a tutor cannot see that a
 * colleague is a kuraattori. The roles are read through `lappi_valmennus.provider_staff(provider)`, a
 * SECURITY DEFINER function that answers only for the acting staff member's own provider and only with
 * staff roles (tutor, teacher, welfare, manager): never students' or guardians' memberships.
 */
import { type Database, rowsOf } from "@polku/plugin-sdk/db";
import { sql } from "@polku/plugin-sdk/drizzle";

export interface StaffMember {
  readonly personId: string;
  readonly firstName: string;
  readonly lastName: string;
  /** Sorted; a person may hold several (a teacher who is also a manager). */
  readonly roles: readonly string[];
}

/**
 * A provider's staff are naturally bounded (its employees): a hard cap in SQL on the rows (one per
 * person and role).
 */
const MAX_STAFF_ROWS = 5000;

/** The provider's staff, by last and first name. */
export async function providerStaff(tx: Database, providerId: string): Promise<StaffMember[]> {
  const rows = rowsOf<{ person_id: string; role: string; first_name: string; last_name: string }>(
    await tx.execute(sql`
      select s.person_id, s.role, p.first_name, p.last_name
      from lappi_valmennus.provider_staff(${providerId}::uuid) as s
      join person p on p.id = s.person_id
      order by p.last_name, p.first_name, s.person_id, s.role
      limit ${MAX_STAFF_ROWS}`),
  );
  const byPerson = new Map<
    string,
    { personId: string; firstName: string; lastName: string; roles: string[] }
  >();
  for (const row of rows) {
    const member = byPerson.get(row.person_id) ?? {
      personId: row.person_id,
      firstName: row.first_name,
      lastName: row.last_name,
      roles: [],
    };
    member.roles.push(row.role);
    byPerson.set(row.person_id, member);
  }
  return [...byPerson.values()];
}

/** The person's staff roles at the provider; empty when they are not its staff. */
export async function staffRolesOf(tx: Database, providerId: string, personId: string): Promise<string[]> {
  const rows = rowsOf<{ role: string }>(
    await tx.execute(sql`
      select s.role from lappi_valmennus.provider_staff(${providerId}::uuid) as s
      where s.person_id = ${personId}::uuid order by s.role`),
  );
  return rows.map((r) => r.role);
}

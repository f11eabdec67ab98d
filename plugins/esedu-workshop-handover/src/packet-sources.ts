/**
 * What the handover packet gathers beyond the handover form: the continuation plan made with the
 * student before graduation, and the badges earned in the work-life passport. Read as the tutor
 * making the handover, under their row-level security, at the moment of handing over.
 */
import { type Database, rowsOf } from "@polku/plugin-sdk/db";
import { and, eq, sql } from "@polku/plugin-sdk/drizzle";
import { continuationPlan } from "./db/schema.ts";
import type { PacketBadge, PacketPlan, PlanPath } from "./packet.ts";

/** A student's badges are a handful: a hard cap. */
const MAX_BADGES = 200;

export async function planOf(
  tx: Database,
  providerId: string,
  studentId: string,
): Promise<PacketPlan | null> {
  const [plan] = await tx
    .select({ path: continuationPlan.path, goal: continuationPlan.goal, agreedOn: continuationPlan.agreedOn })
    .from(continuationPlan)
    .where(and(eq(continuationPlan.providerId, providerId), eq(continuationPlan.studentId, studentId)));
  return plan ? { ...plan, path: plan.path as PlanPath } : null;
}

/**
 * The badges in force (issued, not revoked, not expired) with their names in the three languages and
 * the day each was issued (Helsinki). They belong to the work-life passport plugin, which a deployment
 * may not have: its tables are looked up first, and none means no badges. The plugin is never
 * imported (one plugin never imports another); its tables are read as the caller, whose row-level
 * security there decides what is seen.
 */
export async function badgesOf(tx: Database, providerId: string, studentId: string): Promise<PacketBadge[]> {
  const [present] = rowsOf<{ present: boolean }>(
    await tx.execute(sql`select to_regclass('keski_pohjanmaa_tyoelamapassi.issued_badge') is not null
      and to_regclass('keski_pohjanmaa_tyoelamapassi.pursuit') is not null
      and to_regclass('keski_pohjanmaa_tyoelamapassi.badge_version') is not null as present`),
  );
  if (!present?.present) return [];
  const rows = rowsOf<{ name: PacketBadge["name"]; issued_on: string }>(
    await tx.execute(sql`select v.name, to_char(b.issued_at at time zone 'Europe/Helsinki', 'YYYY-MM-DD') as issued_on
      from keski_pohjanmaa_tyoelamapassi.issued_badge b
      join keski_pohjanmaa_tyoelamapassi.pursuit p on p.provider_id = b.provider_id and p.id = b.pursuit_id
      join keski_pohjanmaa_tyoelamapassi.badge_version v on v.badge_class_id = p.badge_class_id and v.version = p.version
      where b.provider_id = ${providerId}::uuid and b.student_id = ${studentId}::uuid and b.revoked_at is null
        and (b.valid_until is null or b.valid_until > now())
      order by b.issued_at, b.id limit ${MAX_BADGES}`),
  );
  return rows.map((r) => ({
    name: { fi: r.name.fi ?? "", sv: r.name.sv ?? r.name.fi ?? "", en: r.name.en ?? r.name.fi ?? "" },
    issuedOn: r.issued_on,
  }));
}

import { rowsOf } from "@polku/plugin-sdk/db";
import { sql } from "@polku/plugin-sdk/drizzle";
import { on } from "@polku/plugin-sdk/server";
import { entryAdded, entryNotice } from "./events.ts";

/**
 * When an entry is added, the student hears of it in their inbox, in the transaction that added it (as
 * the staff member who did). One notification per student, replaced while it waits: its key is theirs.
 */
export const tellTheStudent = on(entryAdded, async ({ tx, notifications }, { providerId, studentId }) => {
  const [student] = rowsOf<{ person_id: string | null; count: number }>(
    await tx.execute(sql`select s.person_id, (select count(*)::int from keski_pohjanmaa_tyoelamapassi.entry e
        where e.provider_id = s.provider_id and e.student_id = s.id) as count
      from student s where s.provider_id = ${providerId}::uuid and s.id = ${studentId}::uuid`),
  );
  if (!student?.person_id) return;
  await notifications.notify({
    providerId,
    key: `entries:${studentId}`,
    to: { personId: student.person_id },
    template: entryNotice,
    data: { count: student.count },
    channels: ["inbox"],
    aboutStudents: [studentId],
  });
});

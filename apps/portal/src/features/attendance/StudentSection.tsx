import { addDaysToLocalDate } from "@polku/domain/days";
import type { StudentSectionProps } from "@polku/plugin-sdk/portal";
import { Async, createLiveResource, useApi } from "@polku/ui";

import { AttendanceCounts } from "./AttendanceCounts.tsx";
import { todayInHelsinki, useAttendanceText } from "./text.ts";

/** How many days of the last 30 the student was present, late or away, and the unexplained absences. */
export default function AttendanceSection(props: StudentSectionProps) {
  const { text, formatDate } = useAttendanceText();
  const api = useApi();
  const to = todayInHelsinki();
  const from = addDaysToLocalDate(to, -30);
  const [marks, { refetch }] = createLiveResource(
    () => props.studentId,
    (studentId) => api.attendance.forStudent.query({ studentId, from, to }),
  );
  return (
    <Async resource={marks} retry={() => void refetch()}>
      {(result) => (
        <>
          <p>{text("student.period", { from: formatDate(result.from), to: formatDate(result.to) })}</p>
          <AttendanceCounts counts={result.counts} />
        </>
      )}
    </Async>
  );
}

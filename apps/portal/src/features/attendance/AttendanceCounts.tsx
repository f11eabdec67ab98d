import type { ApiOutputs } from "@polku/ui";
import { DetailList } from "@polku/ui";
import { useAttendanceText } from "./text.ts";

type Counts = ApiOutputs["attendance"]["forStudent"]["counts"];

/** A period's marks counted by kind, with the absences nobody has explained yet. */
export function AttendanceCounts(props: { counts: Counts }) {
  const { text } = useAttendanceText();
  return (
    <DetailList
      items={[
        { label: text("status.present"), value: String(props.counts.present) },
        { label: text("status.late"), value: String(props.counts.late) },
        { label: text("status.excused"), value: String(props.counts.excused) },
        { label: text("status.absent"), value: String(props.counts.absent) },
        { label: text("mine.unexplained"), value: String(props.counts.unexplained) },
      ]}
    />
  );
}

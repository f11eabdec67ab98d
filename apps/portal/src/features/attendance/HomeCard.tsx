import { A } from "@solidjs/router";
import { useAttendanceText } from "./text.ts";

/** A teacher's way in to today's marking. */
export default function AttendanceCard() {
  const { text } = useAttendanceText();
  return (
    <>
      <p>{text("home.body")}</p>
      <p>
        <A href="/attendance">{text("home.link")}</A>
      </p>
    </>
  );
}

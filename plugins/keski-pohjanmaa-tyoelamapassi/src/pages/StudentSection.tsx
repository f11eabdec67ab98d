import type { StudentSectionProps } from "@polku/plugin-sdk/portal";
import { Entries } from "./Entries.tsx";

/**
 * The plugin's section on the core's student page: the host draws its heading, its link in the page's
 * navigation, its loading and its failure; this draws the content.
 */
export default function StudentSection(props: StudentSectionProps) {
  return <Entries studentId={props.studentId} />;
}

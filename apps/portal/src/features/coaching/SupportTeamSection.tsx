import { DataTable, useI18n } from "@polku/ui";
import type { CoreStudentSectionProps } from "../../slots/types.ts";
import { useCoachingText } from "./text.ts";

/** For the student and a minor's guardian: who is in the support team and how to reach them. */
export default function SupportTeamSection(props: CoreStudentSectionProps) {
  const { text } = useCoachingText();
  const { t } = useI18n();
  return (
    <>
      <p>{text("team.intro")}</p>
      <DataTable
        caption={text("team.caption")}
        hideCaption
        empty={text("team.empty")}
        rows={props.student.team}
        columns={[
          { header: text("team.name"), rowHeader: true, cell: (m) => `${m.firstName} ${m.lastName}` },
          { header: text("team.role"), cell: (m) => t(`teamRole.${m.role}`) },
          { header: text("team.organisation"), cell: (m) => m.organisationName ?? "–" },
          {
            header: text("team.email"),
            cell: (m) => (m.email ? <a href={`mailto:${m.email}`}>{m.email}</a> : "–"),
          },
          {
            header: text("team.phone"),
            cell: (m) => (m.phone ? <a href={`tel:${m.phone.replace(/\s+/g, "")}`}>{m.phone}</a> : "–"),
          },
        ]}
      />
    </>
  );
}

import { type ApiOutputs, DataTable, Section, useI18n } from "@polku/ui";
import { useCoachingText } from "../../features/coaching/text.ts";

type Member = ApiOutputs["students"]["get"]["team"][number];

/** For the student and a minor's guardian: who is in the support team and how to reach them. */
export function SupportTeamSection(props: { team: readonly Member[] }) {
  const { text } = useCoachingText();
  const { t } = useI18n();
  return (
    <Section title={text("team.title")}>
      <p>{text("team.intro")}</p>
      <DataTable
        caption={text("team.caption")}
        hideCaption
        empty={text("team.empty")}
        rows={props.team}
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
    </Section>
  );
}

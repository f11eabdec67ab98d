import { DataTable, DetailList, formatDate, Section, useI18n, useSession } from "@polku/ui";
import { Show } from "solid-js";
import type { CoreStudentSectionProps } from "../../slots/types.ts";

/**
 * The student's details and guardians; for staff also the support team (students and guardians get the
 * team with contact links in a section of its own, from coaching).
 */
export default function DetailsSection(props: CoreStudentSectionProps) {
  const { t } = useI18n();
  const session = useSession();
  const s = () => props.student;
  const ownView = () => ["student", "guardian"].includes(session.me.latest?.current.role ?? "");
  const orDash = (value: string | null | undefined) => value || "–";
  return (
    <>
      <DetailList
        items={[
          { label: t("students.birthDate"), value: formatDate(s().birthDate) },
          { label: t("student.age"), value: t(s().minor ? "student.minor" : "student.adult") },
          { label: t("students.studyRight"), value: t(`studyRight.${s().studyRightState}`) },
          { label: t("students.qualification"), value: orDash(s().qualificationName) },
          { label: t("student.qualificationCode"), value: orDash(s().qualificationCode) },
          { label: t("students.phase"), value: t(`phase.${s().phase}`) },
          { label: t("student.institution"), value: orDash(s().institutionName) },
          { label: t("students.expectedGraduation"), value: formatDate(s().expectedGraduation) || "–" },
          { label: t("student.email"), value: orDash(s().email) },
          { label: t("student.phone"), value: orDash(s().phone) },
        ]}
      />
      <div class="columns">
        <Section title={t("student.guardians")} level={3}>
          <DataTable
            caption={t("student.guardians")}
            hideCaption
            empty={t("student.noGuardians")}
            rows={s().guardians}
            columns={[
              { header: t("students.name"), rowHeader: true, cell: (g) => `${g.firstName} ${g.lastName}` },
              { header: t("student.email"), cell: (g) => orDash(g.email) },
              { header: t("student.phone"), cell: (g) => orDash(g.phone) },
            ]}
          />
        </Section>
        <Show when={!ownView()}>
          <Section title={t("student.team")} level={3}>
            <DataTable
              caption={t("student.team")}
              hideCaption
              empty={t("student.noTeam")}
              rows={s().team}
              columns={[
                { header: t("students.name"), rowHeader: true, cell: (m) => `${m.firstName} ${m.lastName}` },
                { header: t("student.teamRole"), cell: (m) => t(`teamRole.${m.role}`) },
                { header: t("audit.organisation"), cell: (m) => orDash(m.organisationName) },
                { header: t("student.email"), cell: (m) => orDash(m.email) },
              ]}
            />
          </Section>
        </Show>
      </div>
    </>
  );
}

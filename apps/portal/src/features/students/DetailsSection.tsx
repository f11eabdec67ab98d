import {
  createSubmission,
  DataTable,
  DetailList,
  FormActions,
  formatDate,
  Section,
  SelectField,
  useApi,
  useI18n,
  useSession,
} from "@polku/ui";
import { createSignal, Show } from "solid-js";
import type { CoreStudentSectionProps } from "../../slots/types.ts";

const partnerRoles = ["workshop_coach", "company_contact", "partner_contact"];
const asChoice = (value: boolean | null) => (value === null ? "unknown" : value ? "yes" : "no");

/**
 * Was the student in work the year before the training? The tutor records it as told at the start; the
 * funding's placement criterion counts only those who were not. One choice and a save button.
 */
function EmploymentBeforeForm(props: { studentId: string; value: boolean | null }) {
  const { t } = useI18n();
  const api = useApi();
  const [choice, setChoice] = createSignal(asChoice(props.value));
  const [saved, setSaved] = createSignal(false);
  const submission = createSubmission((employed: boolean | null) =>
    api.students.recordEmploymentBeforeTraining.mutate({ studentId: props.studentId, employed }),
  );
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setSaved(false);
    const c = choice();
    if (await submission.run(c === "unknown" ? null : c === "yes")) setSaved(true);
  };
  return (
    <form class="form form-inline" onSubmit={submit} aria-label={t("student.employedBefore")}>
      <SelectField
        label={t("student.employedBefore")}
        hint={t("student.employedBeforeHint")}
        value={choice()}
        onValue={(v) => {
          setChoice(v as "yes" | "no" | "unknown");
          setSaved(false);
        }}
        error={submission.fieldError("employed")}
        options={(["unknown", "no", "yes"] as const).map((v) => ({
          value: v,
          label: t(`student.employedBefore.${v}`),
        }))}
      />
      <FormActions label={t("form.save")} pending={submission.pending()} error={submission.error()} />
      {/* Only once there is something to say: focus, and other forms' tests, look for the page's status. */}
      <Show when={saved()}>
        <p role="status">{t("student.employedBeforeSaved")}</p>
      </Show>
    </form>
  );
}

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
  // A partner whose grant opens only who the student is (a work trial, mentoring, ...) gets no more
  // than the name: the rest is null, shown as a dash, and no age is claimed.
  const coded = (prefix: string, value: string | null) => (value ? t(`${prefix}.${value}`) : "–");
  const role = () => session.me.latest?.current.role ?? "";
  const editsEmployment = () => session.can("studyRight.write");
  const seesEmployment = () => !editsEmployment() && !partnerRoles.includes(role());
  return (
    <>
      <DetailList
        items={[
          { label: t("students.birthDate"), value: formatDate(s().birthDate) },
          {
            label: t("student.age"),
            value: s().birthDate ? t(s().minor ? "student.minor" : "student.adult") : "–",
          },
          { label: t("students.studyRight"), value: coded("studyRight", s().studyRightState) },
          { label: t("students.qualification"), value: orDash(s().qualificationName) },
          { label: t("student.qualificationCode"), value: orDash(s().qualificationCode) },
          { label: t("students.phase"), value: coded("phase", s().phase) },
          { label: t("student.institution"), value: orDash(s().institutionName) },
          { label: t("students.expectedGraduation"), value: formatDate(s().expectedGraduation) || "–" },
          { label: t("student.email"), value: orDash(s().email) },
          { label: t("student.phone"), value: orDash(s().phone) },
          ...(seesEmployment()
            ? [
                {
                  label: t("student.employedBefore"),
                  value: t(`student.employedBefore.${asChoice(s().employedBeforeTraining)}`),
                },
              ]
            : []),
        ]}
      />
      <Show when={editsEmployment()}>
        <EmploymentBeforeForm studentId={s().id} value={s().employedBeforeTraining} />
      </Show>
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

import type { StudentSectionProps } from "@polku/plugin-sdk/portal";
import { Async, DataTable, formatDateTime, useApi, useI18n } from "@polku/ui";
import { createResource } from "solid-js";

/** Who read or changed the student's data (for managers, and for the student or a guardian of a minor). */
export default function AuditSection(props: StudentSectionProps) {
  const { t } = useI18n();
  const api = useApi();
  const [trail, { refetch }] = createResource(
    () => props.studentId,
    (studentId) => api.audit.forStudent.query({ studentId }),
  );
  return (
    <>
      <p>{t("audit.intro")}</p>
      <Async resource={trail} retry={() => void refetch()}>
        {(rows) => (
          <DataTable
            caption={t("audit.title")}
            hideCaption
            empty={t("audit.empty")}
            rows={rows}
            columns={[
              { header: t("audit.at"), rowHeader: true, cell: (r) => formatDateTime(r.at) },
              { header: t("audit.action"), cell: (r) => t(`auditAction.${r.action}`) },
              { header: t("audit.procedure"), cell: (r) => r.procedure },
              {
                header: t("audit.actor"),
                cell: (r) =>
                  [r.actorName, r.actorRole ? t(`role.${r.actorRole}`) : null].filter(Boolean).join(", "),
              },
              { header: t("audit.organisation"), cell: (r) => r.organisationName ?? "–" },
            ]}
          />
        )}
      </Async>
    </>
  );
}

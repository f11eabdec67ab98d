import type { StudentSectionProps } from "@polku/plugin-sdk/portal";
import {
  ApiError,
  type ApiOutputs,
  Async,
  Button,
  createLiveResource,
  createSubmission,
  DataTable,
  formatDate,
  StatusMessage,
  useApi,
  useI18n,
  useSession,
} from "@polku/ui";
import { createSignal, Show } from "solid-js";
import { GrantForm } from "./GrantForm.tsx";

type Grant = ApiOutputs["grants"]["forStudent"][number];

const isActive = (g: Grant) => !g.revokedAt && (!g.validUntil || new Date(g.validUntil) > new Date());

/** A revoke button that asks once more: withdrawing consent ends the partner's access at once. */
function RevokeButton(props: { grant: Grant; onRevoked: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const [confirming, setConfirming] = createSignal(false);
  const submission = createSubmission(() => api.grants.revoke.mutate({ grantId: props.grant.id }));
  const revoke = async () => {
    if (await submission.run()) props.onRevoked();
  };
  return (
    <>
      <Show
        when={confirming()}
        fallback={
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            {t("grants.revoke")}
            <span class="visually-hidden">: {props.grant.granteeName}</span>
          </Button>
        }
      >
        <div class="button-row">
          <Button variant="danger" busy={submission.pending()} onClick={() => void revoke()}>
            {t("grants.confirmRevoke", { name: props.grant.granteeName })}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {t("form.cancel")}
          </Button>
        </div>
      </Show>
      <Show when={submission.error()}>{(error) => <ApiError error={error()} />}</Show>
    </>
  );
}

/** The student page's consents: who may see the student on whose consent, until when, and revoking it. */
export default function GrantsSection(props: StudentSectionProps) {
  const { t } = useI18n();
  const api = useApi();
  const session = useSession();
  const [grants, { refetch }] = createLiveResource(
    () => props.studentId,
    (studentId) => api.grants.forStudent.query({ studentId }),
  );
  const [notice, setNotice] = createSignal<string | null>(null);
  const changed = (message: string) => {
    setNotice(message);
  };
  const state = (g: Grant) =>
    g.revokedAt
      ? t("grants.revokedOn", { date: formatDate(g.revokedAt) })
      : isActive(g)
        ? t("grants.active")
        : t("grants.expired");

  return (
    <>
      <StatusMessage message={notice()} />
      <Async resource={grants} retry={() => void refetch()}>
        {(list) => (
          <DataTable
            caption={t("grants.title")}
            hideCaption
            empty={t("grants.empty")}
            rows={list}
            columns={[
              { header: t("grants.grantee"), rowHeader: true, cell: (g) => g.granteeName },
              { header: t("grants.scope"), cell: (g) => t(`scope.${g.scope}`) },
              { header: t("grants.consentBy"), cell: (g) => t(`consentBy.${g.consentGivenBy}`) },
              { header: t("grants.validFrom"), cell: (g) => formatDate(g.validFrom) },
              { header: t("grants.validUntil"), cell: (g) => formatDate(g.validUntil) || "–" },
              { header: t("grants.state"), cell: state },
              ...(session.can("grant.revoke")
                ? [
                    {
                      header: t("common.actions"),
                      cell: (g: Grant) => (
                        <Show when={isActive(g)}>
                          <RevokeButton grant={g} onRevoked={() => changed(t("grants.revoked"))} />
                        </Show>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Async>
      <Show when={session.can("grant.create") && session.can("organisation.read")}>
        <GrantForm
          studentId={props.studentId}
          minor={props.minor}
          onCreated={() => changed(t("grants.created"))}
        />
      </Show>
    </>
  );
}

import { grantScopes, partnerOrganisationKinds as partnerKinds } from "@polku/domain/vocabulary";
import {
  ApiError,
  Async,
  createLiveResource,
  createSubmission,
  DateField,
  FormActions,
  Section,
  SelectField,
  useApi,
  useI18n,
} from "@polku/ui";
import { createSignal, Show } from "solid-js";

/**
 * Opens the student to a partner organisation on recorded consent (a handover to a workshop, for one).
 * A minor's consent comes from a guardian, so for a minor that is the only choice offered.
 */
export function GrantForm(props: { studentId: string; minor: boolean; onCreated: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const [organisations, { refetch }] = createLiveResource(() =>
    api.organisations.list.query({ kinds: [...partnerKinds] }),
  );
  const [organisationId, setOrganisationId] = createSignal("");
  const [scope, setScope] = createSignal<string>("handover");
  const [consentBy, setConsentBy] = createSignal<string>(props.minor ? "guardian" : "student");
  const [validUntil, setValidUntil] = createSignal("");
  const [missing, setMissing] = createSignal(false);

  const submission = createSubmission(() =>
    api.grants.create.mutate({
      studentId: props.studentId,
      granteeOrganisationId: organisationId(),
      scope: scope() as (typeof grantScopes)[number],
      consentGivenBy: consentBy() as "student" | "guardian",
      ...(validUntil() ? { validUntil: validUntil() } : {}),
    }),
  );

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setMissing(organisationId() === "");
    if (organisationId() === "") return;
    if (await submission.run()) {
      setOrganisationId("");
      setValidUntil("");
      props.onCreated();
    }
  };

  return (
    <Section title={t("grants.createTitle")} level={3}>
      <Show when={submission.error()}>{(error) => <ApiError error={error()} />}</Show>
      <Async resource={organisations} retry={() => void refetch()}>
        {(orgs) => (
          <form class="form" onSubmit={submit} noValidate>
            <SelectField
              label={t("grants.organisation")}
              value={organisationId()}
              onValue={setOrganisationId}
              required
              placeholder={t("form.choose")}
              error={missing() ? t("form.requiredError") : submission.fieldError("granteeOrganisationId")}
              options={orgs.map((o) => ({ value: o.id, label: `${o.name} (${t(`orgKind.${o.kind}`)})` }))}
            />
            <SelectField
              label={t("grants.scope")}
              value={scope()}
              onValue={setScope}
              error={submission.fieldError("scope")}
              options={grantScopes.map((s) => ({ value: s, label: t(`scope.${s}`) }))}
            />
            <SelectField
              label={t("grants.consentBy")}
              value={consentBy()}
              onValue={setConsentBy}
              hint={props.minor ? t("grants.minorHint") : undefined}
              error={submission.fieldError("consentGivenBy")}
              options={(props.minor ? ["guardian"] : ["student", "guardian"]).map((c) => ({
                value: c,
                label: t(`consentBy.${c}`),
              }))}
            />
            <DateField
              label={t("grants.validUntil")}
              hint={t("grants.untilHint")}
              value={validUntil()}
              onValue={setValidUntil}
              error={submission.fieldError("validUntil")}
            />
            <FormActions label={t("grants.create")} pending={submission.pending()} />
          </form>
        )}
      </Async>
    </Section>
  );
}

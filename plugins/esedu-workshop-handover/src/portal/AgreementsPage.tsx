import {
  Async,
  CheckboxField,
  createLiveResource,
  createSubmission,
  DataTable,
  DateField,
  FormActions,
  Page,
  Section,
  SelectField,
  StatusMessage,
  TextAreaField,
  TextField,
  useApi,
  usePluginApi,
  useSession,
} from "@polku/ui";
import { createSignal, For, Show } from "solid-js";
import { type AgreementService, agreementServices } from "../packet.ts";
import type { HandoverRouter } from "../router.ts";
import { pluginId, usePluginText } from "./text.ts";

/**
 * The service agreements between the provider and its workshops: what the continuation service holds.
 * The provider's manager makes one; tutors and the workshop read them.
 */
export default function AgreementsPage() {
  const { text, formatDate } = usePluginText();
  const session = useSession();
  const api = usePluginApi<HandoverRouter>(pluginId);
  const [agreements, { refetch }] = createLiveResource(() => api.agreements.list.query({}));
  const [message, setMessage] = createSignal<string | null>(null);
  return (
    <Page title={text("agreements.title")} intro={text("agreements.intro")}>
      <StatusMessage message={message()} />
      <Section title={text("agreements.caption")}>
        <Async resource={agreements} retry={refetch}>
          {(rows) => (
            <DataTable
              caption={text("agreements.caption")}
              hideCaption
              empty={text("agreements.empty")}
              rows={rows}
              columns={[
                { header: text("agreements.name"), rowHeader: true, cell: (a) => a.title },
                { header: text("form.workshop"), cell: (a) => a.workshopName },
                {
                  header: text("agreements.services"),
                  cell: (a) => a.services.map((s) => text(`service.${s}` as "service.work-trial")).join(", "),
                },
                { header: text("agreements.weeks"), cell: (a) => String(a.weeksPerCoachee) },
                { header: text("agreements.resources"), cell: (a) => a.resources },
                {
                  header: text("agreements.period"),
                  cell: (a) => `${formatDate(a.validFrom)}–${formatDate(a.validUntil)}`,
                },
              ]}
            />
          )}
        </Async>
      </Section>
      <Show when={session.can("agreement.manage")}>
        <AgreementForm
          onSaved={() => {
            setMessage(text("agreements.saved"));
          }}
        />
      </Show>
    </Page>
  );
}

function AgreementForm(props: { onSaved: () => void }) {
  const { text } = usePluginText();
  const core = useApi();
  const api = usePluginApi<HandoverRouter>(pluginId);
  const [workshops] = createLiveResource(() => core.organisations.list.query({ kinds: ["workshop"] }));
  const [workshopId, setWorkshopId] = createSignal("");
  const [title, setTitle] = createSignal("");
  const [services, setServices] = createSignal<readonly AgreementService[]>([]);
  const [weeks, setWeeks] = createSignal("26");
  const [resources, setResources] = createSignal("");
  const [validFrom, setValidFrom] = createSignal("");
  const [validUntil, setValidUntil] = createSignal("");
  const save = createSubmission(() =>
    api.agreements.create.mutate({
      workshopId: workshopId(),
      title: title().trim(),
      services: [...services()],
      weeksPerCoachee: Number(weeks()),
      resources: resources().trim(),
      validFrom: validFrom(),
      validUntil: validUntil(),
    }),
  );
  const toggle = (s: AgreementService, on: boolean) =>
    setServices((all) => (on ? [...all.filter((x) => x !== s), s] : all.filter((x) => x !== s)));
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await save.run()) props.onSaved();
  };
  return (
    <form class="form card" onSubmit={submit} aria-labelledby="agreement-form-title">
      <h2 id="agreement-form-title">{text("agreements.new")}</h2>
      <SelectField
        label={text("form.workshop")}
        required
        value={workshopId()}
        onValue={setWorkshopId}
        placeholder={text("choose")}
        options={(workshops() ?? []).map((w) => ({ value: w.id, label: w.name }))}
        error={save.fieldError("workshopId")}
      />
      <TextField
        label={text("agreements.name")}
        required
        value={title()}
        onValue={setTitle}
        error={save.fieldError("title")}
      />
      <fieldset class="field">
        <legend>{text("agreements.services")}</legend>
        <For each={agreementServices}>
          {(s) => (
            <CheckboxField
              label={text(`service.${s}`)}
              checked={services().includes(s)}
              onChecked={(on) => toggle(s, on)}
            />
          )}
        </For>
        <Show when={save.fieldError("services")}>{(e) => <p class="field-error">{e()}</p>}</Show>
      </fieldset>
      <TextField
        label={text("agreements.weeks")}
        required
        inputMode="numeric"
        value={weeks()}
        onValue={setWeeks}
        error={save.fieldError("weeksPerCoachee")}
      />
      <TextAreaField
        label={text("agreements.resources")}
        value={resources()}
        onValue={setResources}
        maxLength={4000}
        error={save.fieldError("resources")}
      />
      <DateField
        label={text("agreements.validFrom")}
        required
        value={validFrom()}
        onValue={setValidFrom}
        error={save.fieldError("validFrom")}
      />
      <DateField
        label={text("agreements.validUntil")}
        required
        value={validUntil()}
        onValue={setValidUntil}
        error={save.fieldError("validUntil")}
      />
      <FormActions label={text("agreements.submit")} pending={save.pending()} error={save.error()} />
    </form>
  );
}

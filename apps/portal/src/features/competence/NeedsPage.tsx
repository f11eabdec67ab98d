import {
  ApiError,
  Async,
  Button,
  createLiveResource,
  createSubmission,
  DataTable,
  DateField,
  FormActions,
  Page,
  Section,
  StatusMessage,
  TextAreaField,
  TextField,
  useApi,
  useSession,
} from "@polku/ui";
import { createSignal, Show } from "solid-js";
import { useCompetenceText } from "./text.ts";

/**
 * The region's companies' competence needs. A company's contact states the company's needs and closes
 * them; staff and partners read them all (workshops match their coachees against them).
 */
export default function NeedsPage() {
  const { text, formatDate } = useCompetenceText();
  const api = useApi();
  const session = useSession();
  const canWrite = () => session.can("competenceNeed.write");
  const ownOrganisation = () => session.me.latest?.current.organisationId;
  const [needs, { refetch }] = createLiveResource(
    () => ({ own: canWrite() ? ownOrganisation() : undefined }),
    ({ own }) => api.competenceNeeds.list.query(own ? { organisationId: own } : { status: "open" }),
  );
  const [message, setMessage] = createSignal<string | null>(null);
  const closing = createSubmission((needId: string) => api.competenceNeeds.close.mutate({ needId }));
  const close = async (needId: string) => {
    if (await closing.run(needId)) {
      setMessage(text("closed"));
    }
  };
  return (
    <Page title={text("page.title")} intro={text("page.intro")}>
      <StatusMessage message={message()} />
      <Show when={canWrite()}>
        <NeedForm onSaved={() => setMessage(text("form.saved"))} />
      </Show>
      <Section title={text("page.caption")}>
        <Show when={closing.error()}>{(error) => <ApiError error={error()} />}</Show>
        <Async resource={needs} retry={refetch}>
          {(rows) => (
            <DataTable
              caption={text("page.caption")}
              hideCaption
              empty={text("page.empty")}
              rows={rows}
              columns={[
                { header: text("field"), rowHeader: true, cell: (n) => n.field },
                { header: text("company"), cell: (n) => n.organisationName },
                { header: text("description"), cell: (n) => n.descriptionFi },
                { header: text("headcount"), cell: (n) => String(n.headcount) },
                {
                  header: text("period"),
                  cell: (n) =>
                    n.neededFrom || n.neededUntil
                      ? `${formatDate(n.neededFrom)}–${formatDate(n.neededUntil)}`
                      : "–",
                },
                {
                  header: text("status"),
                  cell: (n) =>
                    n.status === "open" && canWrite() ? (
                      <Button variant="secondary" onClick={() => void close(n.id)}>
                        {text("close")}
                        <span class="visually-hidden">: {n.field}</span>
                      </Button>
                    ) : (
                      text(n.status === "open" ? "status.open" : "status.closed")
                    ),
                },
              ]}
            />
          )}
        </Async>
      </Section>
    </Page>
  );
}

function NeedForm(props: { onSaved: () => void }) {
  const { text } = useCompetenceText();
  const api = useApi();
  const [field, setField] = createSignal("");
  const [code, setCode] = createSignal("");
  const [description, setDescription] = createSignal("");
  const [headcount, setHeadcount] = createSignal("1");
  const [from, setFrom] = createSignal("");
  const [until, setUntil] = createSignal("");
  const save = createSubmission(() =>
    api.competenceNeeds.state.mutate({
      field: field().trim(),
      descriptionFi: description().trim(),
      headcount: Number(headcount()),
      ...(code().trim() ? { qualificationCode: code().trim() } : {}),
      ...(from() ? { neededFrom: from() } : {}),
      ...(until() ? { neededUntil: until() } : {}),
    }),
  );
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await save.run()) {
      setField("");
      setCode("");
      setDescription("");
      props.onSaved();
    }
  };
  return (
    <form class="form card" onSubmit={submit} aria-labelledby="need-form-title">
      <h2 id="need-form-title">{text("form.title")}</h2>
      <TextField
        label={text("field")}
        required
        value={field()}
        onValue={setField}
        error={save.fieldError("field")}
      />
      <TextField
        label={text("qualificationCode")}
        hint={text("qualificationCodeHint")}
        inputMode="numeric"
        value={code()}
        onValue={setCode}
        error={save.fieldError("qualificationCode")}
      />
      <TextAreaField
        label={text("description")}
        required
        value={description()}
        onValue={setDescription}
        maxLength={4000}
        error={save.fieldError("descriptionFi")}
      />
      <TextField
        label={text("headcount")}
        required
        inputMode="numeric"
        value={headcount()}
        onValue={setHeadcount}
        error={save.fieldError("headcount")}
      />
      <DateField
        label={text("neededFrom")}
        value={from()}
        onValue={setFrom}
        error={save.fieldError("neededFrom")}
      />
      <DateField
        label={text("neededUntil")}
        value={until()}
        onValue={setUntil}
        error={save.fieldError("neededUntil")}
      />
      <FormActions label={text("form.submit")} pending={save.pending()} error={save.error()} />
    </form>
  );
}

import {
  Async,
  Button,
  createLiveResource,
  createSubmission,
  DateField,
  FormActions,
  Page,
  SelectField,
  TextAreaField,
  TextField,
  useApi,
} from "@polku/ui";
import { A, useNavigate, useParams } from "@solidjs/router";
import { createMemo, createSignal, For, Show } from "solid-js";
import { createStore, unwrap } from "solid-js/store";
import {
  checkDraft,
  type Draft,
  draftOf,
  emptyParty,
  messageForPath,
  type PartyDraft,
  termsOf,
} from "./draft-form.ts";
import type { MessageKey } from "./messages.ts";
import { useFundingText } from "./text.ts";
import "./funding.css";

type Organisation = { id: string; kind: string; name: string };

const PARTNER_KINDS = ["workshop", "company", "partner", "higher_education"] as const;

function DraftForm(props: {
  agreementId: string | undefined;
  initial: Draft;
  organisations: readonly Organisation[];
}) {
  const { text } = useFundingText();
  const api = useApi();
  const navigate = useNavigate();
  // A live resource's value is a store (see createLiveResource): cloned from the plain object under it.
  const [draft, setDraft] = createStore<Draft>(structuredClone(unwrap(props.initial)));
  const [note, setNote] = createSignal("");
  const [local, setLocal] = createSignal<Record<string, MessageKey>>({});
  const kinds = createMemo(() => new Map(props.organisations.map((o) => [o.id, o.kind])));
  const save = createSubmission(async () => {
    const terms = termsOf(draft, kinds());
    const withNote = note().trim() === "" ? {} : { note: note().trim() };
    return props.agreementId
      ? api.funding.propose.mutate({ agreementId: props.agreementId, terms, ...withNote })
      : api.funding.create.mutate({ title: terms.title, terms, ...withNote });
  });
  /** The browser's own complaint first, then the server's, both in the person's language. */
  const error = (path: string) => {
    const own = local()[path];
    if (own) return text(own);
    const server = save.fieldError(path);
    if (!server) return undefined;
    const key = messageForPath(path);
    return key ? text(key) : server;
  };
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const problems = checkDraft(draft);
    setLocal(problems);
    const first = Object.keys(problems)[0];
    if (first) {
      // Focus the first bad field, so a keyboard or screen reader user lands where the fix is.
      document
        .querySelector<HTMLElement>(`[data-path="${first}"] input, [data-path="${first}"] select`)
        ?.focus();
      return;
    }
    const saved = await save.run();
    if (saved) navigate(`/funding/${saved.agreementId}`);
  };
  const party = (i: number, field: keyof PartyDraft) => (value: string) =>
    setDraft("parties", i, field, value);
  const options = () =>
    props.organisations.map((o) => ({
      value: o.id,
      label: o.name,
      group: text(`role.${o.kind === "higher_education" ? "partner" : o.kind}` as MessageKey),
    }));
  return (
    <form class="form" aria-label={text("draft.form")} onSubmit={submit} novalidate>
      <div data-path="terms.title">
        <TextField
          label={text("draft.name")}
          required
          value={draft.title}
          onValue={(v) => setDraft("title", v)}
          error={error("terms.title")}
        />
      </div>
      <div data-path="terms.effectiveFrom">
        <DateField
          label={text("draft.effectiveFrom")}
          hint={text("draft.effectiveFromHint")}
          required
          value={draft.effectiveFrom}
          onValue={(v) => setDraft("effectiveFrom", v)}
          error={error("terms.effectiveFrom")}
        />
      </div>
      <SelectField
        label={text("draft.rule")}
        value={draft.rule}
        onValue={(v) => setDraft("rule", v as Draft["rule"])}
        options={(["weighted-hours", "weighted-steps", "last"] as const).map((r) => ({
          value: r,
          label: text(`draft.rule.${r}`),
        }))}
      />
      <For each={draft.parties}>
        {(p, i) => (
          <fieldset class="funding-party">
            <legend>{text("draft.party", { n: String(i() + 1) })}</legend>
            <div data-path={`terms.parties.${i()}.partyId`}>
              <SelectField
                label={text("draft.partyOrg")}
                required
                placeholder={text("draft.choose")}
                value={p.organisationId}
                onValue={party(i(), "organisationId")}
                options={options()}
                error={error(`terms.parties.${i()}.partyId`) ?? error(`terms.parties.${i()}.role`)}
              />
            </div>
            {(
              [
                ["percentage", "draft.percentage", "draft.percentageHint", "percentage"],
                ["cap", "draft.cap", "draft.optionalHint", "capEuros"],
                ["floor", "draft.floor", "draft.optionalHint", "floorEuros"],
                ["minContribution", "draft.minContribution", "draft.minContributionHint", "minContribution"],
              ] as const
            ).map(([field, label, hint, path]) => (
              <div data-path={`terms.parties.${i()}.${path}`}>
                <TextField
                  label={text(label)}
                  hint={text(hint)}
                  inputMode="decimal"
                  required={field === "percentage"}
                  value={p[field]}
                  onValue={party(i(), field)}
                  error={error(`terms.parties.${i()}.${path}`)}
                />
              </div>
            ))}
            <Button
              type="button"
              variant="secondary"
              onClick={() => setDraft("parties", (list) => list.filter((_, j) => j !== i()))}
            >
              {text("draft.removeParty", { n: String(i() + 1) })}
            </Button>
          </fieldset>
        )}
      </For>
      <Show when={error("terms.parties")}>{(message) => <p class="field-error">{message()}</p>}</Show>
      <Button
        type="button"
        variant="secondary"
        onClick={() => setDraft("parties", (list) => [...list, emptyParty()])}
      >
        {text("draft.addParty")}
      </Button>
      <TextAreaField label={text("draft.note")} value={note()} onValue={setNote} />
      <FormActions label={text("draft.submit")} pending={save.pending()} error={save.error()} />
    </form>
  );
}

/** Drafting a new version from the latest one (or a new agreement): the partners' terms, field by field. */
export default function DraftPage() {
  const { text } = useFundingText();
  const api = useApi();
  const params = useParams<{ agreementId?: string }>();
  const today = new Date().toISOString().slice(0, 10);
  const [data, { refetch }] = createLiveResource(async () => {
    const [organisations, agreement] = await Promise.all([
      api.organisations.list.query({ kinds: [...PARTNER_KINDS] }),
      params.agreementId ? api.funding.agreement.query({ agreementId: params.agreementId }) : undefined,
    ]);
    return { organisations, agreement };
  });
  const title = () => {
    const terms = data.latest?.agreement?.versions.at(-1)?.terms;
    return terms ? text("draft.title", { title: terms.title }) : text("draft.newTitle");
  };
  return (
    <Page title={title()} intro={text("draft.intro")}>
      <p>
        <A href={params.agreementId ? `/funding/${params.agreementId}` : "/funding"}>
          {text("draft.cancel")}
        </A>
      </p>
      <Async resource={data} retry={() => void refetch()}>
        {(d) => (
          <DraftForm
            agreementId={params.agreementId}
            initial={draftOf(d.agreement?.versions.at(-1)?.terms, today)}
            organisations={d.organisations}
          />
        )}
      </Async>
    </Page>
  );
}

import {
  Async,
  CheckboxField,
  createLiveResource,
  createSubmission,
  FormActions,
  Page,
  Section,
  SelectField,
  StatusMessage,
  TextAreaField,
  TextField,
  usePluginApi,
  useSession,
} from "@polku/ui";
import { createSignal, For, Show } from "solid-js";
import type { PluginRouter } from "../router.ts";
import { usePluginText } from "../text.ts";
import { pluginId, useWords } from "./words.ts";

/** A higher-education contact's page: the institutions' rules, and a form to add one of their own. */
export default function Credit() {
  const { text } = usePluginText();
  const words = useWords();
  const api = usePluginApi<PluginRouter>(pluginId);
  const session = useSession();
  // Only a higher-education institution's contact adds rules (the API says so too); a partner reads them.
  const keeps = () => session.me.latest?.current.organisationKind === "higher_education";
  const [rules, { refetch }] = createLiveResource(() => api.credit.rules.query());
  const [catalogue] = createLiveResource(() => api.catalogue.list.query());
  const [chosen, setChosen] = createSignal<ReadonlySet<string>>(new Set());
  const [kind, setKind] = createSignal<"credits" | "study_place">("credits");
  const [credits, setCredits] = createSignal("5");
  const [description, setDescription] = createSignal("");
  const [message, setMessage] = createSignal<string | null>(null);
  const add = createSubmission(() =>
    api.credit.add.mutate({
      badgeClassIds: [...chosen()],
      kind: kind(),
      ...(kind() === "credits" ? { credits: Number(credits()) } : {}),
      description: { fi: description() },
    }),
  );
  const names = () => new Map((catalogue() ?? []).map((b) => [b.badgeClassId, words(b.name)]));
  return (
    <Page title={text("credit.title")}>
      <p>{text("credit.intro")}</p>
      <Section title={text("credit.rules")}>
        <Async resource={rules} retry={() => void refetch()}>
          {(list) => (
            <ul class="tp-list">
              <For each={list}>
                {(r) => (
                  <li class="card">
                    <h3>
                      {r.institution}:{" "}
                      {r.kind === "credits"
                        ? text("worth.credits", { credits: r.credits ?? 0 })
                        : text("worth.studyPlace")}
                    </h3>
                    <p>{words(r.description)}</p>
                    <p>
                      {text("credit.badges")}: {r.badgeClassIds.map((id) => names().get(id) ?? "").join(", ")}
                    </p>
                  </li>
                )}
              </For>
            </ul>
          )}
        </Async>
      </Section>
      <Show when={keeps()} fallback={<p>{text("credit.readOnly")}</p>}>
        <Section title={text("credit.add")}>
          <form
            class="form"
            onSubmit={async (e) => {
              e.preventDefault();
              if (await add.run()) {
                setMessage(text("credit.added"));
                setDescription("");
                setChosen(new Set<string>());
              }
            }}
          >
            <fieldset>
              <legend>{text("credit.badges")}</legend>
              <For each={catalogue() ?? []}>
                {(b) => (
                  <CheckboxField
                    label={words(b.name)}
                    checked={chosen().has(b.badgeClassId)}
                    onChecked={(on) =>
                      setChosen((old) => {
                        const next = new Set(old);
                        if (on) next.add(b.badgeClassId);
                        else next.delete(b.badgeClassId);
                        return next;
                      })
                    }
                  />
                )}
              </For>
              <Show when={add.fieldError("badgeClassIds")}>
                <p class="field-error">{add.fieldError("badgeClassIds")}</p>
              </Show>
            </fieldset>
            <SelectField
              label={text("credit.kind")}
              value={kind()}
              onValue={(v) => setKind(v as "credits" | "study_place")}
              options={[
                { value: "credits", label: text("credit.kindCredits") },
                { value: "study_place", label: text("credit.kindPlace") },
              ]}
            />
            <Show when={kind() === "credits"}>
              <TextField
                label={text("credit.credits")}
                type="number"
                min="1"
                max="60"
                value={credits()}
                onValue={setCredits}
                error={add.fieldError("credits")}
              />
            </Show>
            <TextAreaField
              label={text("credit.description")}
              value={description()}
              onValue={setDescription}
              maxLength={4000}
            />
            <FormActions label={text("credit.add")} pending={add.pending()} error={add.error()} />
          </form>
          <StatusMessage message={message()} />
        </Section>
      </Show>
    </Page>
  );
}

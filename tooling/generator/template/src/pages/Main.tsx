import {
  Async,
  createSubmission,
  createTextHook,
  FormActions,
  Page,
  Section,
  SelectField,
  StatusMessage,
  TextAreaField,
  useApi,
  usePluginApi,
  useSession,
} from "@polku/ui";
import { createResource, createSignal, For, Show } from "solid-js";
import { manifest } from "../manifest.ts";
import type { MessageKey } from "../messages.ts";
import type { PluginRouter } from "../router.ts";

/** The plugin's strings, typed by their keys: `text("page.title")` reads "<plugin id>:page.title". */
const usePluginText = createTextHook<MessageKey>(manifest.id);

/** The plugin's page: pick a student, read and add entries. Start your practice from here. */
export default function Main() {
  const { text, formatDateTime } = usePluginText();
  const session = useSession();
  const api = useApi();
  const plugin = usePluginApi<PluginRouter>(manifest.id);
  const [students] = createResource(() => api.students.list.query({ limit: 500 }));
  const [studentId, setStudentId] = createSignal("");
  const [entries, { refetch }] = createResource(studentId, (id) => plugin.list.query({ studentId: id }));
  const [draft, setDraft] = createSignal("");
  const [message, setMessage] = createSignal<string | null>(null);
  const save = createSubmission(() => plugin.add.mutate({ studentId: studentId(), text: draft() }));
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await save.run()) {
      setDraft("");
      setMessage(text("page.saved"));
      void refetch();
    }
  };
  return (
    <Page title={text("page.title")}>
      <StatusMessage message={message()} />
      <SelectField
        label={text("page.student")}
        value={studentId()}
        onValue={setStudentId}
        placeholder={text("page.choose")}
        options={(students() ?? []).map((s) => ({ value: s.id, label: `${s.lastName}, ${s.firstName}` }))}
      />
      <Show when={studentId()}>
        <Section title={text("page.entries")}>
          <Async resource={entries} retry={refetch}>
            {(rows) => (
              <Show when={rows.length > 0} fallback={<p>{text("page.empty")}</p>}>
                <ul>
                  <For each={rows}>{(e) => <li>{`${formatDateTime(e.createdAt)}: ${e.text}`}</li>}</For>
                </ul>
              </Show>
            )}
          </Async>
          <Show when={session.can(`${manifest.id}.write`)}>
            <form class="form" onSubmit={submit}>
              <TextAreaField
                label={text("page.text")}
                value={draft()}
                onValue={setDraft}
                error={save.fieldError("text")}
              />
              <FormActions label={text("page.save")} pending={save.pending()} error={save.error()} />
            </form>
          </Show>
        </Section>
      </Show>
    </Page>
  );
}

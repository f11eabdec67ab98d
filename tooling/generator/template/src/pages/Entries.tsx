import {
  Async,
  createLiveResource,
  createSubmission,
  FormActions,
  StatusMessage,
  TextAreaField,
  usePluginApi,
  useSession,
} from "@polku/ui";
import { createSignal, For, Show } from "solid-js";
import { manifest } from "../manifest.ts";
import type { PluginRouter } from "../router.ts";
import { usePluginText } from "../text.ts";

/** One student's entries, newest first, and a new one for those who may write: the page's and the section's. */
export function Entries(props: { studentId: string }) {
  const { text, formatDateTime } = usePluginText();
  const session = useSession();
  const plugin = usePluginApi<PluginRouter>(manifest.id);
  // Live: it loads again after any save of the tab (this form's or another page's), so no refetch by hand.
  const [entries, { refetch }] = createLiveResource(
    () => props.studentId,
    (id) => plugin.list.query({ studentId: id }),
  );
  const [draft, setDraft] = createSignal("");
  const [message, setMessage] = createSignal<string | null>(null);
  const save = createSubmission(() => plugin.add.mutate({ studentId: props.studentId, text: draft() }));
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await save.run()) {
      setDraft("");
      setMessage(text("page.saved"));
    }
  };
  return (
    <>
      <StatusMessage message={message()} />
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
    </>
  );
}

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
import type { PluginRouter } from "../router.ts";
import { usePluginText } from "../text.ts";
import { pluginId } from "./words.ts";

/** A badge class's endorsements by companies, and a company contact's form to endorse it. */
export function Endorsements(props: { badgeClassId: string }) {
  const { text } = usePluginText();
  const api = usePluginApi<PluginRouter>(pluginId);
  const session = useSession();
  const [list, { refetch }] = createLiveResource(
    () => props.badgeClassId,
    (badgeClassId) => api.endorsing.ofBadge.query({ badgeClassId }),
  );
  const [comment, setComment] = createSignal("");
  const [message, setMessage] = createSignal<string | null>(null);
  const endorse = createSubmission(() =>
    api.endorsing.endorse.mutate({ badgeClassId: props.badgeClassId, comment: comment() }),
  );
  return (
    <>
      <Async resource={list} retry={() => void refetch()}>
        {(rows) => (
          <Show when={rows.length > 0}>
            <h4>{text("endorse.title")}</h4>
            <ul>
              <For each={rows}>
                {(r) => (
                  <li>
                    <strong>{r.company}</strong>: {r.comment}
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Async>
      <Show when={session.can("keski-pohjanmaa-tyoelamapassi.endorse")}>
        <form
          class="form"
          onSubmit={async (e) => {
            e.preventDefault();
            if (await endorse.run()) {
              setComment("");
              setMessage(text("endorse.done"));
            }
          }}
        >
          <TextAreaField
            label={text("endorse.comment")}
            value={comment()}
            onValue={setComment}
            maxLength={1000}
            error={endorse.fieldError("comment")}
          />
          <FormActions label={text("endorse.submit")} pending={endorse.pending()} error={endorse.error()} />
        </form>
        <StatusMessage message={message()} />
      </Show>
    </>
  );
}

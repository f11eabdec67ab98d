import type { StudentSectionProps } from "@polku/plugin-sdk/portal";
import {
  Async,
  createLiveResource,
  createSubmission,
  FormActions,
  formatDate,
  StatusMessage,
  TextAreaField,
  usePluginApi,
  useSession,
} from "@polku/ui";
import { createSignal, For, Show } from "solid-js";
import type { PluginRouter } from "../router.ts";
import { usePluginText } from "../text.ts";
import { pursuitStatusKey } from "./PursuitCard.tsx";
import { pluginId, useWords } from "./words.ts";

/** The student page's section for the provider's staff: the student's badges, and revoking one with a reason. */
export default function StudentSection(props: StudentSectionProps) {
  const { text } = usePluginText();
  const words = useWords();
  const api = usePluginApi<PluginRouter>(pluginId);
  const session = useSession();
  const [rows, { refetch }] = createLiveResource(
    () => props.studentId,
    (studentId) => api.staff.ofStudent.query({ studentId }),
  );
  const [message, setMessage] = createSignal<string | null>(null);
  return (
    <>
      <StatusMessage message={message()} />
      <Async resource={rows} retry={() => void refetch()}>
        {(list) => (
          <Show when={list.length > 0} fallback={<p>{text("staff.empty")}</p>}>
            <ul class="tp-list">
              <For each={list}>
                {(p) => (
                  <li class="card">
                    <h3>{words(p.name)}</h3>
                    <p>
                      {text(pursuitStatusKey[p.status as keyof typeof pursuitStatusKey])} ·{" "}
                      {text("catalogue.version", { version: p.version })}
                      <Show when={p.badge}>{(b) => <> · {formatDate(b().issuedAt)}</>}</Show>
                    </p>
                    <Show
                      when={
                        p.badge && !p.badge.revokedAt && session.can("keski-pohjanmaa-tyoelamapassi.revoke")
                      }
                    >
                      <RevokeForm
                        badgeId={p.badge!.id}
                        onDone={() => {
                          setMessage(text("staff.revoked"));
                        }}
                      />
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Async>
    </>
  );
}

function RevokeForm(props: { badgeId: string; onDone: () => void }) {
  const { text } = usePluginText();
  const api = usePluginApi<PluginRouter>(pluginId);
  const [reason, setReason] = createSignal("");
  const revoke = createSubmission(() =>
    api.staff.revoke.mutate({ badgeId: props.badgeId, reason: reason() }),
  );
  return (
    <form
      class="form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await revoke.run()) props.onDone();
      }}
    >
      <TextAreaField
        label={text("staff.revokeReason")}
        value={reason()}
        onValue={setReason}
        maxLength={1000}
        error={revoke.fieldError("reason")}
      />
      <FormActions
        label={text("staff.revoke")}
        variant="danger"
        pending={revoke.pending()}
        error={revoke.error()}
      />
    </form>
  );
}

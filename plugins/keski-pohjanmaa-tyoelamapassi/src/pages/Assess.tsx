import {
  Async,
  createLiveResource,
  createSubmission,
  FormActions,
  Page,
  StatusMessage,
  TextAreaField,
  usePluginApi,
} from "@polku/ui";
import { createSignal, For, Show } from "solid-js";
import type { PluginRouter } from "../router.ts";
import { usePluginText } from "../text.ts";
import { EvidenceList } from "./EvidenceList.tsx";
import { pluginId, useWords } from "./words.ts";

type Queue = Awaited<
  ReturnType<ReturnType<typeof usePluginApi<PluginRouter>>["assessing"]["queue"]["query"]>
>;

/** The assessor's page: each badge sent to them, its evidence, approve (which issues it) or return with a reason. */
export default function Assess() {
  const { text } = usePluginText();
  const api = usePluginApi<PluginRouter>(pluginId);
  const [queue, { refetch }] = createLiveResource(() => api.assessing.queue.query());
  const [message, setMessage] = createSignal<string | null>(null);
  const done = (m: string) => {
    setMessage(m);
  };
  return (
    <Page title={text("assess.title")}>
      <p>{text("assess.intro")}</p>
      <StatusMessage message={message()} />
      <Async resource={queue} retry={() => void refetch()}>
        {(list) => (
          <Show when={list.length > 0} fallback={<p>{text("assess.empty")}</p>}>
            <ul class="tp-list">
              <For each={list}>{(item) => <Assessment item={item} onDone={done} />}</For>
            </ul>
          </Show>
        )}
      </Async>
    </Page>
  );
}

function Assessment(props: { item: Queue[number]; onDone: (message: string) => void }) {
  const { text } = usePluginText();
  const words = useWords();
  const api = usePluginApi<PluginRouter>(pluginId);
  const [reason, setReason] = createSignal("");
  const approve = createSubmission(() => api.assessing.approve.mutate({ pursuitId: props.item.id }));
  const giveBack = createSubmission(() =>
    api.assessing.return.mutate({ pursuitId: props.item.id, reason: reason() }),
  );
  const headingId = `assess-${props.item.id}`;
  return (
    <li class="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{words(props.item.name)}</h2>
      <p>
        <strong>{text("assess.learner")}:</strong> {props.item.learnerName}
      </p>
      <h3>{text("catalogue.criteria")}</h3>
      <p>{words(props.item.criteria)}</p>
      <h3>{text("catalogue.evidence")}</h3>
      <p>{words(props.item.evidenceNeeded)}</p>
      <h3>{text("pursuit.evidence")}</h3>
      <EvidenceList pursuitId={props.item.id} removable={false} />
      <form
        class="form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (await approve.run()) props.onDone(text("assess.approved"));
        }}
      >
        <FormActions label={text("assess.approve")} pending={approve.pending()} error={approve.error()} />
      </form>
      <form
        class="form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (await giveBack.run()) props.onDone(text("assess.returned"));
        }}
      >
        <TextAreaField
          label={text("assess.reason")}
          value={reason()}
          onValue={setReason}
          maxLength={2000}
          error={giveBack.fieldError("reason")}
        />
        <FormActions
          label={text("assess.return")}
          variant="secondary"
          pending={giveBack.pending()}
          error={giveBack.error()}
        />
      </form>
    </li>
  );
}

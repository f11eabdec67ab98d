import { Async, Button, createLiveResource, createSubmission, downloadFile, usePluginApi } from "@polku/ui";
import { For, Show } from "solid-js";
import type { PluginRouter } from "../router.ts";
import { usePluginText } from "../text.ts";
import { pluginId } from "./words.ts";

/** A pursuit's evidence, for whoever may see it; a learner may remove theirs while the badge is open. */
export function EvidenceList(props: { pursuitId: string; removable: boolean }) {
  const { text } = usePluginText();
  const api = usePluginApi<PluginRouter>(pluginId);
  const [items, { refetch }] = createLiveResource(
    () => props.pursuitId,
    (pursuitId) => api.assessing.evidence.query({ pursuitId }),
  );
  const open = createSubmission(async (evidenceId: string) => {
    const file = await api.assessing.file.query({ pursuitId: props.pursuitId, evidenceId });
    const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
    downloadFile(file.fileName ?? "tiedosto", new Blob([bytes], { type: file.mediaType ?? "" }));
  });
  const remove = createSubmission(async (evidenceId: string) => {
    await api.earning.removeEvidence.mutate({ pursuitId: props.pursuitId, evidenceId });
  });
  return (
    <Async resource={items} retry={() => void refetch()}>
      {(list) => (
        <Show when={list.length > 0} fallback={<p>{text("pursuit.noEvidence")}</p>}>
          <ul class="tp-evidence">
            <For each={list}>
              {(e) => (
                <li>
                  <Show when={e.kind === "text"}>
                    <p class="tp-pre">{e.text}</p>
                  </Show>
                  <Show when={e.kind === "link"}>
                    <a href={e.url ?? ""} rel="noopener noreferrer" target="_blank">
                      {e.text || e.url}
                    </a>
                  </Show>
                  <Show when={e.kind === "file"}>
                    <Button variant="secondary" onClick={() => void open.run(e.id)}>
                      {text("evidence.open")}: {e.fileName}
                    </Button>
                  </Show>
                  <Show when={props.removable}>
                    <Button variant="secondary" onClick={() => void remove.run(e.id)}>
                      {text("pursuit.remove")}
                    </Button>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </Show>
      )}
    </Async>
  );
}

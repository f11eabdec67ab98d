import {
  Async,
  Button,
  CheckboxField,
  createSubmission,
  FormActions,
  formatDate,
  TextField,
  usePluginApi,
} from "@polku/ui";
import { createResource, createSignal, For, Show } from "solid-js";
import type { PluginRouter } from "../router.ts";
import { usePluginText } from "../text.ts";
import { pluginId, useWords } from "./words.ts";

type Mine = Awaited<ReturnType<ReturnType<typeof usePluginApi<PluginRouter>>["earning"]["mine"]["query"]>>;

/** The learner shares chosen badges behind a link (shown once), and revokes links. */
export function Share(props: { pursuits: Mine }) {
  const { text } = usePluginText();
  const words = useWords();
  const api = usePluginApi<PluginRouter>(pluginId);
  const issued = () => props.pursuits.filter((p) => p.badge && !p.badge.revokedAt);
  const [chosen, setChosen] = createSignal<ReadonlySet<string>>(new Set());
  const [link, setLink] = createSignal("");
  const [links, { refetch }] = createResource(() => api.sharing.mine.query());
  const create = createSubmission(() => api.sharing.create.mutate({ badgeIds: [...chosen()] }));
  const revoke = createSubmission(async (shareId: string) => {
    await api.sharing.revoke.mutate({ shareId });
    await refetch();
  });
  const toggle = (id: string, on: boolean) =>
    setChosen((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <>
      <p>{text("share.intro")}</p>
      <Show when={issued().length > 0} fallback={<p>{text("share.none")}</p>}>
        <form
          class="form"
          onSubmit={async (e) => {
            e.preventDefault();
            const made = await create.run();
            if (made) {
              setLink(made.url);
              await refetch();
            }
          }}
        >
          <For each={issued()}>
            {(p) => (
              <CheckboxField
                label={words(p.name)}
                checked={chosen().has(p.badge!.id)}
                onChecked={(on) => toggle(p.badge!.id, on)}
              />
            )}
          </For>
          <FormActions label={text("share.create")} pending={create.pending()} error={create.error()} />
        </form>
      </Show>
      <Show when={link()}>
        <div role="status">
          <p>{text("share.created")}</p>
          <TextField label={text("share.link")} value={link()} onValue={() => undefined} readOnly />
        </div>
      </Show>
      <Async resource={links} retry={() => void refetch()}>
        {(list) => (
          <Show when={list.length > 0}>
            <h3>{text("share.links")}</h3>
            <ul>
              <For each={list}>
                {(l) => (
                  <li>
                    {text("share.linkRow", { date: formatDate(l.createdAt), count: l.badgeIds.length })}
                    <Show when={!l.revokedAt} fallback={<> ({text("share.revoked")})</>}>
                      {" "}
                      <Button variant="secondary" onClick={() => void revoke.run(l.id)}>
                        {text("share.revoke")}
                      </Button>
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

import {
  Async,
  Button,
  CheckboxField,
  createLiveResource,
  createSubmission,
  FormActions,
  formatDate,
  SelectField,
  TextField,
  usePluginApi,
} from "@polku/ui";
import { createSignal, For, Show } from "solid-js";
import type { PluginRouter } from "../router.ts";
import { usePluginText } from "../text.ts";
import { pluginId, useWords } from "./words.ts";

/** The lives a learner picks from for a link (the server takes 1 to 12 months). */
const SHARE_MONTHS = [1, 3, 6, 12] as const;

type Mine = Awaited<ReturnType<ReturnType<typeof usePluginApi<PluginRouter>>["earning"]["mine"]["query"]>>;

/**
 * The learner shares chosen badges behind a link (shown once) for a time they pick (6 months unless
 * they pick another, at most 12), and revokes links; each link says until when it works.
 */
export function Share(props: { pursuits: Mine }) {
  const { text } = usePluginText();
  const words = useWords();
  const api = usePluginApi<PluginRouter>(pluginId);
  const issued = () => props.pursuits.filter((p) => p.badge && !p.badge.revokedAt);
  const [chosen, setChosen] = createSignal<ReadonlySet<string>>(new Set());
  const [link, setLink] = createSignal("");
  const [links, { refetch }] = createLiveResource(() => api.sharing.mine.query());
  const [months, setMonths] = createSignal("6");
  const create = createSubmission(() =>
    api.sharing.create.mutate({ badgeIds: [...chosen()], months: Number(months()) }),
  );
  const expired = (l: { expiresAt: Date | string }) => new Date(l.expiresAt).getTime() <= Date.now();
  const revoke = createSubmission(async (shareId: string) => {
    await api.sharing.revoke.mutate({ shareId });
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
          <Show when={create.fieldError("badgeIds")}>
            <p class="field-error">{create.fieldError("badgeIds")}</p>
          </Show>
          <SelectField
            label={text("share.months")}
            value={months()}
            onValue={setMonths}
            options={SHARE_MONTHS.map((m) => ({
              value: String(m),
              label: text("share.monthsOption", { months: m }),
            }))}
            error={create.fieldError("months")}
          />
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
                    {", "}
                    {expired(l)
                      ? text("share.expired")
                      : text("share.until", { date: formatDate(l.expiresAt) })}
                    <Show when={l.revokedAt}> ({text("share.revoked")})</Show>
                    <Show when={!l.revokedAt && !expired(l)}>
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

import { For, type JSX, Show } from "solid-js";
import { type ApiErrorInfo, errorInfo, errorSummaryKey, retryHelps } from "../api/errors.ts";
import { useI18n } from "../i18n/context.tsx";
import type { Params } from "../i18n/registry.ts";
import { Button } from "./Button.tsx";

/**
 * A polite live region for results ("Saved."). It is always in the page, even when empty, because
 * screen readers announce changes only to a region that existed before the change.
 */
export function StatusMessage(props: { message: string | null | undefined }) {
  return (
    <div role="status" class={props.message ? "notice notice-success" : "notice-empty"}>
      {props.message ?? ""}
    </div>
  );
}

/** An error that needs attention now: role="alert" is announced at once. */
export function Alert(props: { title?: string; children: JSX.Element }) {
  return (
    <div role="alert" class="notice notice-error">
      <Show when={props.title}>
        <p class="notice-title">{props.title}</p>
      </Show>
      {props.children}
    </div>
  );
}

/**
 * A tagged failure in the user's language ("errorTag.<tag>", its fields as parameters), or undefined
 * when the dictionaries have no words for that tag.
 */
function taggedText(t: (key: string, params?: Params) => string, info: ApiErrorInfo): string | undefined {
  if (!info.tag) return undefined;
  const key = `errorTag.${info.tag}`;
  const params = Object.fromEntries(
    Object.entries(info.fields ?? {}).filter(
      (entry): entry is [string, string | number] =>
        typeof entry[1] === "string" || typeof entry[1] === "number",
    ),
  );
  const text = t(key, params);
  return text === key ? undefined : text;
}

/**
 * A failed call, in the user's language: what the failure's tag says where the dictionaries word it,
 * else the server's own message (which says what to fix); and each bad field. `title` names what failed
 * (e.g. one section of a page). Accepts a raw error or one already read with `errorInfo`.
 */
export function ApiError(props: { error: unknown; retry?: (() => void) | undefined; title?: string }) {
  const { t } = useI18n();
  const info = (): ApiErrorInfo =>
    props.error && typeof props.error === "object" && "issues" in props.error && "code" in props.error
      ? (props.error as ApiErrorInfo)
      : errorInfo(props.error);
  const tagged = () => taggedText(t, info());
  const serverSaid = () => {
    const message = info().message?.trim();
    const said = [props.title, t(errorSummaryKey(info().code))].map((s) => s?.trim());
    return message && !said.includes(message) ? message : undefined;
  };
  return (
    <Alert title={props.title ?? t(errorSummaryKey(info().code))}>
      <Show when={props.title}>
        <p>{t(errorSummaryKey(info().code))}</p>
      </Show>
      <Show when={tagged()}>{(text) => <p>{text()}</p>}</Show>
      {/* The server's message is in the person's language: said once, not again under the summary. */}
      <Show when={!tagged() && info().issues.length === 0 && serverSaid()}>
        {(message) => <p>{message()}</p>}
      </Show>
      <Show when={info().issues.length > 0}>
        {/* The messages only: a form shows each at its field; the API's path (draft.units.0.code) means nothing to a person. */}
        <ul class="notice-list">
          <For each={[...new Set(info().issues.map((issue) => issue.message))]}>
            {(message) => <li>{message}</li>}
          </For>
        </ul>
      </Show>
      <Show when={props.retry && retryHelps(info().code)}>
        <Button variant="secondary" onClick={() => props.retry?.()}>
          {t("error.retry")}
        </Button>
      </Show>
    </Alert>
  );
}

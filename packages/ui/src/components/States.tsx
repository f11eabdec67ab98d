import { type JSX, Match, type Resource, Switch } from "solid-js";
import { useI18n } from "../i18n/context.tsx";
import { ApiError } from "./Alert.tsx";

export function Loading(props: { label?: string }) {
  const { t } = useI18n();
  return (
    <p role="status" class="state state-loading">
      {props.label ?? t("app.loading")}
    </p>
  );
}

export function Empty(props: { children?: JSX.Element }) {
  const { t } = useI18n();
  return <p class="state state-empty">{props.children ?? t("common.empty")}</p>;
}

/**
 * A resource's value once it has one, else undefined. Reading `.latest` of a failed resource rethrows the
 * failure (and a page title built from it would hang on "loading"), so read the value through this.
 */
export const loadedValue = <T,>(resource: Resource<T>): T | undefined =>
  resource.state === "ready" || resource.state === "refreshing" ? resource.latest : undefined;

/**
 * Loading, error or the data of one resource, in place: a failing part of a page shows its own error
 * (with the server's message and a retry) and the rest of the page keeps working. While refreshing, the
 * previous data stays on screen.
 */
export function Async<T>(props: {
  resource: Resource<T>;
  retry?: () => void;
  loadingLabel?: string;
  children: (value: T) => JSX.Element;
}) {
  return (
    <Switch fallback={<Loading label={props.loadingLabel} />}>
      <Match when={props.resource.error}>
        <ApiError error={props.resource.error} retry={props.retry} />
      </Match>
      <Match when={props.resource.state === "ready" || props.resource.state === "refreshing"}>
        {props.children(props.resource.latest as T)}
      </Match>
    </Switch>
  );
}

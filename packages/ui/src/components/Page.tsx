import { createEffect, createUniqueId, type JSX, onCleanup, Show } from "solid-js";
import { Dynamic } from "solid-js/web";
import { useI18n } from "../i18n/context.tsx";

/**
 * A page: one h1 (focusable, so the shell can move focus to it after navigation and a screen reader
 * starts reading from the new page) and the document title, which says where one is (WCAG 2.4.2).
 */
export function Page(props: {
  title: string;
  intro?: JSX.Element;
  actions?: JSX.Element;
  children?: JSX.Element;
}) {
  const { t } = useI18n();
  createEffect(() => {
    document.title = `${props.title} – ${t("app.name")}`;
  });
  onCleanup(() => {
    document.title = t("app.name");
  });
  return (
    <div class="page">
      <div class="page-header">
        <h1 class="page-title" tabindex="-1" data-page-heading>
          {props.title}
        </h1>
        <Show when={props.actions}>
          <div class="page-actions">{props.actions}</div>
        </Show>
      </div>
      <Show when={props.intro}>
        <p class="page-intro">{props.intro}</p>
      </Show>
      {props.children}
    </div>
  );
}

/** A titled part of a page: a landmark named by its own heading. */
export function Section(props: {
  title: string;
  level?: 2 | 3;
  id?: string;
  class?: string;
  /** The heading takes focus from script (an in-page link moves a screen reader's reading there). */
  focusableHeading?: boolean;
  children?: JSX.Element;
}) {
  const headingId = `section-${createUniqueId()}`;
  return (
    <section class={`section ${props.class ?? ""}`} id={props.id} aria-labelledby={headingId}>
      <Heading level={props.level ?? 2} id={headingId} focusable={props.focusableHeading}>
        {props.title}
      </Heading>
      {props.children}
    </section>
  );
}

export function Heading(props: {
  level: 1 | 2 | 3 | 4;
  id?: string;
  /** Reachable by script's focus(), never by Tab. */
  focusable?: boolean | undefined;
  children: JSX.Element;
}) {
  return (
    <Dynamic component={`h${props.level}`} id={props.id} tabindex={props.focusable ? -1 : undefined}>
      {props.children}
    </Dynamic>
  );
}

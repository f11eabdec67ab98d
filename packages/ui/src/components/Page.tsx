import { createEffect, createUniqueId, type JSX, onCleanup, Show } from "solid-js";
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
  children?: JSX.Element;
}) {
  const headingId = `section-${createUniqueId()}`;
  return (
    <section class={`section ${props.class ?? ""}`} id={props.id} aria-labelledby={headingId}>
      <Heading level={props.level ?? 2} id={headingId}>
        {props.title}
      </Heading>
      {props.children}
    </section>
  );
}

export function Heading(props: { level: 1 | 2 | 3 | 4; id?: string; children: JSX.Element }) {
  switch (props.level) {
    case 1:
      return <h1 id={props.id}>{props.children}</h1>;
    case 2:
      return <h2 id={props.id}>{props.children}</h2>;
    case 3:
      return <h3 id={props.id}>{props.children}</h3>;
    default:
      return <h4 id={props.id}>{props.children}</h4>;
  }
}

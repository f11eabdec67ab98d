import { useI18n } from "@polku/ui";
import { For, onMount } from "solid-js";

export interface NavSection {
  readonly key: string;
  readonly titleKey: string;
}

/**
 * Moves to a section: its heading takes focus (a screen reader reads on from there; the browser scrolls
 * it into view) and the address keeps the section, so the link can be shared or bookmarked.
 */
function goTo(event: MouseEvent, key: string) {
  const heading = document.getElementById(key)?.querySelector<HTMLElement>("h2");
  if (!heading) return;
  event.preventDefault();
  heading.focus();
  history.replaceState(history.state, "", `#${key}`);
}

/**
 * The student page's sections as a list of links (not tabs): every section stays on the page, so
 * finding text and reading on work as on any page, and a wrapping list of links needs no keyboard
 * pattern of its own and fits a 390 px phone.
 */
export function SectionNav(props: { sections: readonly NavSection[] }) {
  const { t } = useI18n();
  // A shared link to a section (".../students/<id>#hoks-plan"): the browser looked for the section
  // before the page had drawn it, so scroll there once it is drawn.
  onMount(() => {
    const key = decodeURIComponent(window.location.hash.slice(1));
    if (props.sections.some((section) => section.key === key)) {
      requestAnimationFrame(() => document.getElementById(key)?.scrollIntoView());
    }
  });
  return (
    <nav class="section-nav" aria-label={t("student.sections")}>
      <ul>
        <For each={props.sections}>
          {(section) => (
            <li>
              {/* rel="external": the router leaves an in-page link to the browser and to goTo. */}
              <a href={`#${section.key}`} rel="external" onClick={(event) => goTo(event, section.key)}>
                {t(section.titleKey)}
              </a>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}

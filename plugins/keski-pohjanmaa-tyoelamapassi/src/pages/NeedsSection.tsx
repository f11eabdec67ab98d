import { For, Show } from "solid-js";
import { usePluginText } from "../text.ts";
import { useWords } from "./words.ts";

type Need = {
  id: string;
  field: string;
  description: string;
  headcount: number;
  organisationName: string;
  badges: { badgeClassId: string; name: { fi: string; sv?: string; en?: string } }[];
};

/**
 * The companies' open competence needs (kept in the core, stated on the competence-needs page) and the
 * catalogue's badges that answer each: a company's contact sees their own company's.
 */
export function NeedsSection(props: { needs: readonly Need[] }) {
  const { text } = usePluginText();
  const words = useWords();
  return (
    <>
      <p>{text("needs.intro")}</p>
      <Show when={props.needs.length > 0} fallback={<p>{text("needs.none")}</p>}>
        <ul class="tp-list">
          <For each={props.needs}>
            {(n) => (
              <li class="card" aria-labelledby={`need-${n.id}`}>
                <h3 id={`need-${n.id}`}>
                  {n.organisationName}: {n.field}
                </h3>
                <p>{n.description}</p>
                <p class="muted">{text("needs.headcount", { count: n.headcount })}</p>
                <h4>{text("needs.answeredBy")}</h4>
                <Show when={n.badges.length > 0} fallback={<p>{text("needs.noBadges")}</p>}>
                  <ul>
                    <For each={n.badges}>
                      {(b) => (
                        <li>
                          <a href={`#badge-${b.badgeClassId}`}>{words(b.name)}</a>
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </>
  );
}

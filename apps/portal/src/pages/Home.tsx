import { Empty, Heading, Page, useI18n, useSession } from "@polku/ui";
import { createUniqueId, For, Show } from "solid-js";
import { Dynamic } from "solid-js/web";
import { installed } from "../plugins.ts";
import { SlotBoundary } from "../slots/SlotBoundary.tsx";
import { type InstalledSlot, visibleSlots } from "../slots/types.ts";

type Card = InstalledSlot<object>;

/** One card: a region named by its heading, loading and failing on its own. */
function HomeCardFrame(props: { card: Card }) {
  const { t } = useI18n();
  const headingId = `card-${createUniqueId()}`;
  return (
    <li class="card home-card">
      <section aria-labelledby={headingId}>
        <Heading level={2} id={headingId}>
          {t(props.card.titleKey)}
        </Heading>
        <SlotBoundary title={t(props.card.titleKey)}>
          <Dynamic component={props.card.component} />
        </SlotBoundary>
      </section>
    </li>
  );
}

/**
 * Where every role starts ("Tänään"): the cards of the core's feature areas and the deployment's
 * plugins that this role may see, each saying what needs the person and leading on from there.
 */
export default function Home() {
  const { t } = useI18n();
  const session = useSession();
  const cards = () => visibleSlots(installed.homeCards, session);
  return (
    <Page title={t("home.today")} intro={t("home.greeting", { name: session.me.latest?.firstName ?? "" })}>
      <Show when={cards().length > 0} fallback={<Empty>{t("home.nothing")}</Empty>}>
        <ul class="home-cards" aria-label={t("home.cards")}>
          <For each={cards()}>{(card) => <HomeCardFrame card={card} />}</For>
        </ul>
      </Show>
    </Page>
  );
}

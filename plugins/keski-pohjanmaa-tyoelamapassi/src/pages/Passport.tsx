import {
  Async,
  Button,
  createLiveResource,
  createSubmission,
  FormActions,
  Page,
  Section,
  SelectField,
  StatusMessage,
  usePluginApi,
  useSession,
} from "@polku/ui";
import { createSignal, For, Show } from "solid-js";
import type { PluginRouter } from "../router.ts";
import { usePluginText } from "../text.ts";
import { Endorsements } from "./Endorsements.tsx";
import { needLabel } from "./NeedPicker.tsx";
import { NeedsSection } from "./NeedsSection.tsx";
import { NewBadgeForm } from "./NewBadgeForm.tsx";
import { PursuitCard } from "./PursuitCard.tsx";
import { Share } from "./Share.tsx";
import { VersionForm } from "./VersionForm.tsx";
import { Worth } from "./Worth.tsx";
import { pluginId, useWords } from "./words.ts";

type Catalogue = Awaited<
  ReturnType<ReturnType<typeof usePluginApi<PluginRouter>>["catalogue"]["list"]["query"]>
>;

/** The passport's first page: a learner's own badges and where each stands, then the catalogue to choose from. */
export default function Passport() {
  const { text } = usePluginText();
  const api = usePluginApi<PluginRouter>(pluginId);
  const session = useSession();
  const learner = () => session.can("keski-pohjanmaa-tyoelamapassi.learn");
  const [catalogue, { refetch: refetchCatalogue }] = createLiveResource(() => api.catalogue.list.query());
  const [mine, { refetch }] = createLiveResource(learner, () => api.earning.mine.query());
  const keeper = () => session.can("keski-pohjanmaa-tyoelamapassi.catalogue.keep");
  const [needs, { refetch: refetchNeeds }] = createLiveResource(() => api.catalogue.needs.query({}));
  // The keeper picks from every company's open needs, whoever they are.
  const [allNeeds] = createLiveResource(keeper, () => api.catalogue.needs.query({ all: true }));
  const [adding, setAdding] = createSignal(false);
  const [added, setAdded] = createSignal<string | null>(null);
  return (
    <Page title={text("page.title")}>
      <Show when={learner()}>
        <p>{text("page.intro")}</p>
        <Section title={text("mine.title")}>
          <Async resource={mine} retry={() => void refetch()}>
            {(list) => (
              <Show when={list.length > 0} fallback={<p>{text("mine.empty")}</p>}>
                <ul class="tp-list">
                  <For each={list}>{(p) => <PursuitCard pursuit={p} />}</For>
                </ul>
              </Show>
            )}
          </Async>
        </Section>
        <Section title={text("worth.title")}>
          <Worth />
        </Section>
        <Section title={text("share.title")}>
          <Show when={mine()}>{(list) => <Share pursuits={list()} />}</Show>
        </Section>
      </Show>
      <Section title={text("needs.title")}>
        <Async resource={needs} retry={() => void refetchNeeds()}>
          {(n) => <NeedsSection needs={n.needs} />}
        </Async>
      </Section>
      <Show when={keeper()}>
        <Section title={text("new.title")}>
          <Show
            when={adding() && allNeeds()}
            fallback={
              <Button variant="secondary" onClick={() => setAdding(true)}>
                {text("new.open")}
              </Button>
            }
          >
            {(all) => (
              <NewBadgeForm
                needs={all().needs}
                companies={all().companies}
                onSaved={() => {
                  setAdding(false);
                  setAdded(text("new.saved"));
                }}
              />
            )}
          </Show>
          <StatusMessage message={added()} />
        </Section>
      </Show>
      <Section title={text("catalogue.title")}>
        <Async resource={catalogue} retry={() => void refetchCatalogue()}>
          {(list) => (
            <Show when={list.length > 0} fallback={<p>{text("catalogue.empty")}</p>}>
              <ul class="tp-list">
                <For each={list}>
                  {(badge) => (
                    <CatalogueEntry
                      badge={badge}
                      pursuing={(mine() ?? []).some((p) => p.badgeClassId === badge.badgeClassId)}
                      canStart={learner()}
                      openNeeds={allNeeds()?.needs ?? []}
                    />
                  )}
                </For>
              </ul>
            </Show>
          )}
        </Async>
      </Section>
    </Page>
  );
}

function CatalogueEntry(props: {
  badge: Catalogue[number];
  pursuing: boolean;
  canStart: boolean;
  openNeeds: readonly { id: string; field: string; description: string; organisationName: string }[];
}) {
  const { text } = usePluginText();
  const words = useWords();
  const api = usePluginApi<PluginRouter>(pluginId);
  const b = () => props.badge;
  const options = () => [
    ...(b().assessorRoles.includes("teacher") ? [{ value: "", label: text("catalogue.teacher") }] : []),
    ...(b().assessorRoles.includes("company_contact")
      ? b().assessors.map((a) => ({ value: a.id, label: a.name }))
      : []),
  ];
  const [assessor, setAssessor] = createSignal(options()[0]?.value ?? "");
  const start = createSubmission(() =>
    api.earning.start.mutate({ badgeClassId: b().badgeClassId, assessorOrganisationId: assessor() || null }),
  );
  const session = useSession();
  const [editing, setEditing] = createSignal(false);
  const [saved, setSaved] = createSignal<string | null>(null);
  const headingId = `badge-${b().badgeClassId}`;
  return (
    <li class="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{words(b().name)}</h3>
      <p class="muted">{text("catalogue.version", { version: b().version })}</p>
      <p>{words(b().description)}</p>
      <h4>{text("catalogue.goals")}</h4>
      <ul>
        <For each={b().learningGoals}>{(g) => <li>{words(g)}</li>}</For>
      </ul>
      <h4>{text("catalogue.criteria")}</h4>
      <p>{words(b().criteria)}</p>
      <h4>{text("catalogue.evidence")}</h4>
      <p>{words(b().evidence)}</p>
      <Show when={b().competenceNeed}>
        <h4>{text("catalogue.need")}</h4>
        <p>{words(b().competenceNeed)}</p>
      </Show>
      <Show when={b().competenceNeeds.length > 0}>
        <h4>{text("catalogue.needs")}</h4>
        <ul>
          <For each={b().competenceNeeds}>{(n) => <li>{needLabel(n)}</li>}</For>
        </ul>
      </Show>
      <Show when={b().skills.length > 0}>
        <p>
          {text("catalogue.skills")}: {b().skills.join(", ")}
        </p>
      </Show>
      <p>
        {b().validityMonths
          ? text("catalogue.validity", { months: b().validityMonths ?? 0 })
          : text("catalogue.validForever")}
      </p>
      <Endorsements badgeClassId={b().badgeClassId} />
      <Show when={session.can("keski-pohjanmaa-tyoelamapassi.catalogue.keep")}>
        <Show
          when={editing()}
          fallback={
            <Button variant="secondary" onClick={() => setEditing(true)}>
              {text("keep.open")}
            </Button>
          }
        >
          <VersionForm
            badge={b()}
            openNeeds={props.openNeeds}
            onSaved={() => {
              setEditing(false);
              setSaved(text("keep.saved"));
            }}
          />
        </Show>
        <StatusMessage message={saved()} />
      </Show>
      <Show when={props.canStart}>
        <Show when={!props.pursuing} fallback={<p>{text("catalogue.pursuing")}</p>}>
          <form
            class="form"
            onSubmit={async (e) => {
              e.preventDefault();
              await start.run();
            }}
          >
            <SelectField
              label={text("catalogue.assessor")}
              value={assessor()}
              onValue={setAssessor}
              options={options()}
            />
            <FormActions label={text("catalogue.start")} pending={start.pending()} error={start.error()} />
          </form>
        </Show>
      </Show>
    </li>
  );
}

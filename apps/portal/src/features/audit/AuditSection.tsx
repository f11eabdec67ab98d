import type { StudentSectionProps } from "@polku/plugin-sdk/portal";
import {
  ApiError,
  type ApiOutputs,
  Button,
  CheckboxField,
  createSubmission,
  Empty,
  SelectField,
  useApi,
  useI18n,
} from "@polku/ui";
import { createEffect, createSignal, For, on, Show } from "solid-js";
import { pluginTitles } from "../../plugins.ts";

type Page = ApiOutputs["audit"]["forStudent"];
type Line = Page["entries"][number];
type Who = "staff" | "partners" | "family";

/** The core's parts of Polku a trail entry may concern, in the order the filter offers them. */
const coreAreas = [
  "students",
  "pathway",
  "hoks",
  "attendance",
  "coaching",
  "welfare",
  "grants",
  "earlyWarning",
  "audit",
];

/**
 * Who read or changed the student's data (for managers, and for the student or a guardian of a minor),
 * newest first in plain words, a page at a time; one person's run of the same reads is one line. The
 * reader's own views are left out unless asked for, and the list narrows by who and by which data.
 */
export default function AuditSection(props: StudentSectionProps) {
  const { t, locale, formatDateTime, formatNumber } = useI18n();
  const api = useApi();
  const [who, setWho] = createSignal<"" | Who>("");
  const [what, setWhat] = createSignal("");
  const [includeOwn, setIncludeOwn] = createSignal(false);
  const [lines, setLines] = createSignal<Line[]>([]);
  const [next, setNext] = createSignal<Page["next"]>(null);
  const [loaded, setLoaded] = createSignal(false);
  const load = createSubmission((before: Page["next"]) =>
    api.audit.forStudent.query({
      studentId: props.studentId,
      ...(before ? { before } : {}),
      ...(who() ? { who: who() as Who } : {}),
      ...(what() ? { what: what() } : {}),
      ...(includeOwn() ? { includeOwnReads: true } : {}),
    }),
  );
  const fetchPage = async (before: Page["next"]) => {
    const page = await load.run(before);
    if (!page) return;
    setLines((shown) => (before ? [...shown, ...page.entries] : page.entries));
    setNext(page.next);
    setLoaded(true);
  };
  // A new filter starts from the newest entry again.
  createEffect(on([() => props.studentId, who, what, includeOwn], () => void fetchPage(null)));

  const areaName = (area: string) => {
    if (area.startsWith("plugins.")) {
      const title = pluginTitles.get(area.slice("plugins.".length));
      return title ? (title[locale()] ?? title.fi) : area;
    }
    return coreAreas.includes(area) || area === "public" ? t(`auditArea.${area}`) : area;
  };
  const actor = (l: Line) =>
    [l.actorName ?? "–", l.actorRole ? t(`role.${l.actorRole}`) : null, l.organisationName]
      .filter(Boolean)
      .join(", ");
  const when = (l: Line) =>
    l.count === 1
      ? formatDateTime(l.at)
      : t("audit.times", {
          count: formatNumber(l.count),
          from: formatDateTime(l.from),
          to: formatDateTime(l.at),
        });

  return (
    <>
      <p>{t("audit.intro")}</p>
      <fieldset class="filters">
        <legend>{t("audit.filters")}</legend>
        <SelectField
          label={t("audit.filterWho")}
          value={who()}
          onValue={(v) => setWho(v as "" | Who)}
          options={[
            { value: "", label: t("audit.who.all") },
            ...(["staff", "partners", "family"] as const).map((k) => ({
              value: k,
              label: t(`audit.who.${k}`),
            })),
          ]}
        />
        <SelectField
          label={t("audit.filterWhat")}
          value={what()}
          onValue={setWhat}
          options={[
            { value: "", label: t("audit.what.all") },
            ...coreAreas.map((a) => ({ value: a, label: areaName(a) })),
            ...[...pluginTitles.keys()].map((id) => ({
              value: `plugins.${id}`,
              label: areaName(`plugins.${id}`),
            })),
          ]}
        />
        <CheckboxField label={t("audit.includeOwn")} checked={includeOwn()} onChecked={setIncludeOwn} />
      </fieldset>
      <Show when={load.error()}>
        {(error) => <ApiError error={error()} retry={() => void fetchPage(next())} />}
      </Show>
      <Show when={loaded() && lines().length === 0}>
        <Empty>{t("audit.empty")}</Empty>
      </Show>
      <Show when={lines().length > 0}>
        <ol class="trail" aria-label={t("audit.list")}>
          <For each={lines()}>
            {(l) => (
              <li class="trail-line">
                <span class="trail-actor">{actor(l)}</span>
                <span>
                  {t("audit.line", { verb: t(`auditVerb.${l.action}`), what: areaName(l.area) })}
                  {l.succeeded ? "" : ` (${t("audit.failed")})`}
                </span>
                <span class="trail-when">{when(l)}</span>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <Show when={next()}>
        <div class="button-row">
          <Button variant="secondary" busy={load.pending()} onClick={() => void fetchPage(next())}>
            {t("audit.more")}
          </Button>
        </div>
      </Show>
    </>
  );
}

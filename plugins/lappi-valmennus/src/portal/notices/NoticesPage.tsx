import { localDateIn } from "@polku/domain/days";
import {
  Async,
  createLiveResource,
  createSubmission,
  DataTable,
  DateField,
  FormActions,
  Page,
  Section,
  StatusMessage,
  TextAreaField,
  TextField,
  usePluginApi,
  useSession,
} from "@polku/ui";
import { createSignal, For, Show } from "solid-js";
import type { NoticeView } from "../../notices/router.ts";
import type { ValmennusRouter } from "../../router.ts";
import { pluginId, usePluginText } from "../text.ts";
import type { NoticesMessageKey } from "./messages.ts";

const useText = () => usePluginText<NoticesMessageKey>();

/** A guardian reads and answers their notices; staff follow a day's notices and their delivery. */
export default function NoticesPage() {
  const session = useSession();
  const { text } = useText();
  return (
    <Page title={text("notices.title")}>
      <Show when={session.can("valmennus.notice.respond")} fallback={<StaffNotices />}>
        <GuardianNotices />
      </Show>
    </Page>
  );
}

/** "tunti 1, tunti 2 (selvitetty)" or "koko päivä". */
function Lessons(props: { lessons: NoticeView["students"][number]["lessons"] }) {
  const { text } = useText();
  return (
    <>
      {props.lessons
        .map(
          (l) =>
            (l.lesson === "" ? text("notices.wholeDay") : text("notices.lesson", { lesson: l.lesson })) +
            (l.status === "excused" ? ` (${text("notices.excused")})` : ""),
        )
        .join(", ")}
    </>
  );
}

function deliveryText(n: NoticeView, text: ReturnType<typeof useText>["text"], at: (v: string) => string) {
  const time = at((n.status === "sent" ? (n.sentAt ?? n.dueAt) : n.dueAt) ?? "");
  const status = text(`notices.status.${n.status}` as NoticesMessageKey, { time, attempts: n.attempts });
  return n.status === "pending" && n.attempts > 0
    ? `${status}, ${text("notices.retrying", { attempts: n.attempts })}`
    : status;
}

function GuardianNotices() {
  const { text, formatDate, formatDateTime } = useText();
  const api = usePluginApi<ValmennusRouter>(pluginId);
  const [notices, { refetch }] = createLiveResource(() => api.notices.mine.query());
  const [message, setMessage] = createSignal<string | null>(null);
  return (
    <>
      <p class="page-intro">{text("notices.guardianIntro")}</p>
      <StatusMessage message={message()} />
      <Async resource={notices} retry={refetch}>
        {(list) => (
          <Show when={list.length > 0} fallback={<p>{text("notices.none")}</p>}>
            <For each={list}>
              {(n) => (
                <GuardianNotice
                  notice={n}
                  title={text("notices.noticeTitle", { date: formatDate(n.day) })}
                  delivery={deliveryText(n, text, formatDateTime)}
                  onChange={(done) => {
                    setMessage(done);
                  }}
                />
              )}
            </For>
          </Show>
        )}
      </Async>
    </>
  );
}

function GuardianNotice(props: {
  notice: NoticeView;
  title: string;
  delivery: string;
  onChange: (message: string) => void;
}) {
  const { text, formatDateTime } = useText();
  const api = usePluginApi<ValmennusRouter>(pluginId);
  const [body, setBody] = createSignal("");
  const acknowledge = createSubmission(() => api.notices.acknowledge.mutate({ noticeId: props.notice.id }));
  const reply = createSubmission(() => api.notices.reply.mutate({ noticeId: props.notice.id, body: body() }));
  const headingId = `notice-${props.notice.id}`;
  return (
    <section class="section card" aria-labelledby={headingId}>
      <h2 id={headingId}>{props.title}</h2>
      <ul>
        <For each={props.notice.students}>
          {(s) => (
            <li>
              {s.name}: <Lessons lessons={s.lessons} />
            </li>
          )}
        </For>
      </ul>
      <p>
        {text("notices.delivery")}: {props.delivery}
      </p>
      <Show
        when={props.notice.acknowledgedAt}
        fallback={
          <form
            class="form-inline"
            onSubmit={async (event) => {
              event.preventDefault();
              if (await acknowledge.run()) props.onChange(text("notices.acknowledgedDone"));
            }}
          >
            <FormActions
              label={text("notices.acknowledge")}
              pending={acknowledge.pending()}
              error={acknowledge.error()}
            />
          </form>
        }
      >
        {(at) => <p>{text("notices.acknowledgedAt", { time: formatDateTime(at()) })}</p>}
      </Show>
      <Show when={props.notice.replies.length > 0}>
        <h3>{text("notices.yourReplies")}</h3>
        <ul>
          <For each={props.notice.replies}>
            {(r) => (
              <li>
                {formatDateTime(r.createdAt)}: {r.body}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <form
        class="form"
        onSubmit={async (event) => {
          event.preventDefault();
          if (await reply.run()) {
            setBody("");
            props.onChange(text("notices.replySent"));
          }
        }}
      >
        <TextAreaField
          label={text("notices.reply")}
          hint={text("notices.replyHint")}
          value={body()}
          onValue={setBody}
          error={reply.fieldError("body")}
        />
        <FormActions label={text("notices.send")} pending={reply.pending()} error={reply.error()} />
      </form>
    </section>
  );
}

function StaffNotices() {
  const { text, formatDate, formatDateTime } = useText();
  const session = useSession();
  const api = usePluginApi<ValmennusRouter>(pluginId);
  const today = localDateIn(new Date());
  const [dayInput, setDayInput] = createSignal(today);
  const [day, setDay] = createSignal(today);
  const [notices, { refetch }] = createLiveResource(day, (d) => api.notices.forDay.query({ day: d }));
  return (
    <>
      <p class="page-intro">{text("notices.staffIntro")}</p>
      <form
        class="form-inline"
        onSubmit={(event) => {
          event.preventDefault();
          setDay(dayInput());
        }}
      >
        <DateField label={text("notices.day")} value={dayInput()} onValue={setDayInput} />
        <button class="button button-secondary" type="submit">
          {text("notices.show")}
        </button>
      </form>
      <Section title={text("notices.dayTitle", { date: formatDate(day()) })}>
        <Async resource={notices} retry={refetch}>
          {(list) => (
            <DataTable
              caption={text("notices.dayTitle", { date: formatDate(day()) })}
              hideCaption
              empty={text("notices.noneDay")}
              rows={list}
              columns={[
                { header: text("notices.guardian"), rowHeader: true, cell: (n) => n.guardianName ?? "" },
                {
                  header: text("notices.students"),
                  cell: (n) => (
                    <For each={n.students}>
                      {(s) => (
                        <div>
                          {s.name}: <Lessons lessons={s.lessons} />
                        </div>
                      )}
                    </For>
                  ),
                },
                { header: text("notices.delivery"), cell: (n) => deliveryText(n, text, formatDateTime) },
                {
                  header: text("notices.acknowledged"),
                  cell: (n) =>
                    n.acknowledgedAt
                      ? text("notices.acknowledgedAt", { time: formatDateTime(n.acknowledgedAt) })
                      : text("notices.notAcknowledged"),
                },
                {
                  header: text("notices.replies"),
                  cell: (n) => (
                    <For each={n.replies}>
                      {(r) => (
                        <p>
                          {formatDateTime(r.createdAt)}: {r.body}
                        </p>
                      )}
                    </For>
                  ),
                },
              ]}
            />
          )}
        </Async>
      </Section>
      <Show when={session.can("valmennus.notice.configure")}>
        <SendTimeForm />
      </Show>
    </>
  );
}

function SendTimeForm() {
  const { text } = useText();
  const api = usePluginApi<ValmennusRouter>(pluginId);
  const [settings] = createLiveResource(() => api.notices.settings.query());
  const [sendAt, setSendAt] = createSignal<string | null>(null);
  const [message, setMessage] = createSignal<string | null>(null);
  const save = createSubmission(() => api.notices.setSendTime.mutate({ sendAt: sendAt() ?? "" }));
  return (
    <Section title={text("notices.settings")}>
      <p>{text("notices.settingsHint")}</p>
      <StatusMessage message={message()} />
      <Async resource={settings}>
        {(current) => (
          <form
            class="form"
            onSubmit={async (event) => {
              event.preventDefault();
              if (sendAt() === null) setSendAt(current.sendAt);
              if (await save.run()) setMessage(text("notices.settingsSaved"));
            }}
          >
            <TextField
              label={text("notices.sendAt")}
              value={sendAt() ?? current.sendAt}
              onValue={setSendAt}
              inputMode="numeric"
              error={save.fieldError("sendAt")}
            />
            <FormActions label={text("notices.saveSettings")} pending={save.pending()} error={save.error()} />
          </form>
        )}
      </Async>
    </Section>
  );
}

import {
  ApiError,
  Async,
  Button,
  createLiveResource,
  createSubmission,
  Empty,
  StatusMessage,
  useApi,
  useSession,
} from "@polku/ui";
import { A } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import type { CoreStudentSectionProps } from "../../slots/types.ts";
import { HoksEditor } from "./HoksEditor.tsx";
import { HoksView } from "./HoksView.tsx";
import { useHoksText } from "./text.ts";

/**
 * Prints the section the button is in and nothing else of the page (the print stylesheet hides the
 * rest while `data-print-section` is set): a HOKS on paper for a meeting with the student and guardian.
 */
function printSection(event: MouseEvent) {
  const section = (event.currentTarget as HTMLElement).closest("section[id]");
  if (!section) return window.print();
  const root = document.documentElement;
  root.dataset.printSection = section.id;
  section.classList.add("printing");
  window.addEventListener(
    "afterprint",
    () => {
      delete root.dataset.printSection;
      section.classList.remove("printing");
    },
    { once: true },
  );
  window.print();
}

/**
 * The student's HOKS: everyone allowed reads it; the tutor drafts, edits and submits it; the student
 * (or a minor's guardian) approves it; the tutor and teachers record each unit's progress.
 */
export default function HoksSection(props: CoreStudentSectionProps) {
  const { text } = useHoksText();
  const api = useApi();
  const session = useSession();
  const [editing, setEditing] = createSignal(false);
  const [done, setDone] = createSignal<string | null>(null);
  const [hoks, { refetch }] = createLiveResource(
    () => props.studentId,
    (studentId) => api.hoks.get.query({ studentId }),
  );
  const submit = createSubmission(() => api.hoks.submit.mutate({ studentId: props.studentId }));
  const approve = createSubmission(() => api.hoks.approve.mutate({ studentId: props.studentId }));
  const run = async (call: typeof submit | typeof approve, message: string) => {
    setDone(null);
    if (await call.run()) {
      setDone(message);
    }
  };
  return (
    <>
      <p class="print-only print-title">{text("print.title")}</p>
      <StatusMessage message={done()} />
      <Async resource={hoks} retry={() => void refetch()}>
        {(data) => (
          <Show
            when={!editing()}
            fallback={
              <HoksEditor
                studentId={props.studentId}
                qualificationCode={props.student.qualificationCode}
                hoks={data}
                onCancel={() => setEditing(false)}
                onSaved={() => {
                  setEditing(false);
                  setDone(text("edit.saved"));
                }}
              />
            }
          >
            <Show when={data} fallback={<Empty>{text("section.none")}</Empty>}>
              {(h) => <HoksView studentId={props.studentId} hoks={h()} onChanged={setDone} />}
            </Show>
            <Show when={data?.status === "awaiting_approval" && session.can("hoks.approve")}>
              <p>{text("approve.intro")}</p>
            </Show>
            <div class="button-row">
              <Show when={data}>
                <Button variant="secondary" onClick={printSection}>
                  {text("print.button")}
                </Button>
              </Show>
              <Show when={session.can("hoks.write")}>
                <Button variant={data ? "secondary" : "primary"} onClick={() => setEditing(true)}>
                  {data ? text("edit.open") : text("edit.new")}
                </Button>
              </Show>
              <Show when={data?.status === "draft" && session.can("hoks.write")}>
                <Button busy={submit.pending()} onClick={() => void run(submit, text("submit.done"))}>
                  {text("submit.button")}
                </Button>
              </Show>
              <Show when={data?.status === "awaiting_approval" && session.can("hoks.approve")}>
                <Button busy={approve.pending()} onClick={() => void run(approve, text("approve.done"))}>
                  {text("approve.button")}
                </Button>
              </Show>
            </div>
            <Show when={submit.error() ?? approve.error()}>{(error) => <ApiError error={error()} />}</Show>
            <Show when={session.can("hoks.transfer")}>
              <p>
                <A href={`/hoks/transfer?studentId=${props.studentId}`}>{text("transfer.link")}</A>
              </p>
            </Show>
          </Show>
        )}
      </Async>
    </>
  );
}

import {
  Button,
  createSubmission,
  downloadFile,
  FormActions,
  formatDate,
  SelectField,
  StatusMessage,
  TextAreaField,
  TextField,
  usePluginApi,
  useSession,
} from "@polku/ui";
import { createSignal, Match, Show, Switch } from "solid-js";
import type { PluginRouter } from "../router.ts";
import { usePluginText } from "../text.ts";
import { EvidenceList } from "./EvidenceList.tsx";
import { pluginId, useWords } from "./words.ts";

type Mine = Awaited<ReturnType<ReturnType<typeof usePluginApi<PluginRouter>>["earning"]["mine"]["query"]>>;

const statusKey = {
  pursuing: "status.pursuing",
  submitted: "status.submitted",
  returned: "status.returned",
  approved: "status.approved",
  revoked: "status.revoked",
} as const;

/** One badge a learner pursues: where it stands, its evidence, and what the learner can do next. */
export function PursuitCard(props: { pursuit: Mine[number] }) {
  const { text } = usePluginText();
  const words = useWords();
  const api = usePluginApi<PluginRouter>(pluginId);
  const session = useSession();
  const p = () => props.pursuit;
  const editable = () => p().status === "pursuing" || p().status === "returned";
  const [message, setMessage] = createSignal<string | null>(null);
  const submit = createSubmission(() => api.earning.submit.mutate({ pursuitId: p().id }));
  const consent = createSubmission(() => api.earning.consent.mutate({ pursuitId: p().id }));
  const download = createSubmission(async () => {
    const badge = p().badge;
    if (!badge) return;
    const file = await api.earning.download.query({ badgeId: badge.id });
    downloadFile(file.fileName, JSON.stringify(file.credential, null, 2), "application/json");
  });
  const headingId = `pursuit-${p().id}`;
  return (
    <li class="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{words(p().name)}</h3>
      <p>
        <strong>{text("pursuit.status")}:</strong> {text(statusKey[p().status as keyof typeof statusKey])}
        {" · "}
        {text("catalogue.version", { version: p().version })}
      </p>
      <p>
        {p().assessorName
          ? text("pursuit.assessor", { name: p().assessorName ?? "" })
          : text("pursuit.assessorTeacher")}
      </p>
      <Show when={p().status === "returned" && p().returnReason}>
        <p class="notice">{text("pursuit.returned", { reason: p().returnReason ?? "" })}</p>
      </Show>
      <Show when={p().badge}>
        {(badge) => (
          <Switch>
            <Match when={badge().revokedAt}>
              <p class="notice">{text("pursuit.revokedReason", { reason: badge().revokeReason ?? "" })}</p>
            </Match>
            <Match when={true}>
              <Show when={badge().validUntil}>
                <p>{text("pursuit.validUntil", { date: formatDate(badge().validUntil) })}</p>
              </Show>
            </Match>
          </Switch>
        )}
      </Show>
      <h4>{text("catalogue.criteria")}</h4>
      <p>{words(p().criteria)}</p>
      <h4>{text("pursuit.evidence")}</h4>
      <EvidenceList pursuitId={p().id} removable={editable()} />
      <Show when={editable() && session.can("keski-pohjanmaa-tyoelamapassi.learn")}>
        <EvidenceForm
          pursuitId={p().id}
          onAdded={() => {
            setMessage(text("evidence.added"));
          }}
        />
        <StatusMessage message={message()} />
        <Show when={p().assessorOrganisationId && session.me()?.current.role === "guardian"}>
          <p>{text("pursuit.consentNeeded")}</p>
          <Button
            variant="secondary"
            busy={consent.pending()}
            onClick={async () => {
              if (await consent.run()) setMessage(text("pursuit.consentGiven"));
            }}
          >
            {text("pursuit.consent")}
          </Button>
        </Show>
        <form
          class="form"
          onSubmit={async (e) => {
            e.preventDefault();
            await submit.run();
          }}
        >
          <FormActions
            label={text("pursuit.submit")}
            pending={submit.pending()}
            error={submit.error() ?? consent.error()}
          />
        </form>
      </Show>
      <Show when={p().badge && !p().badge?.revokedAt}>
        <div class="button-row">
          <Button busy={download.pending()} onClick={() => void download.run()}>
            {text("pursuit.download")}
          </Button>
          <a href={`/public/${pluginId}/verify`}>{text("pursuit.verify")}</a>
        </div>
      </Show>
    </li>
  );
}

function EvidenceForm(props: { pursuitId: string; onAdded: () => void }) {
  const { text } = usePluginText();
  const api = usePluginApi<PluginRouter>(pluginId);
  const [kind, setKind] = createSignal<"text" | "link" | "file">("text");
  const [body, setBody] = createSignal("");
  const [url, setUrl] = createSignal("");
  const [file, setFile] = createSignal<File | undefined>();
  const add = createSubmission(async () => {
    const pursuitId = props.pursuitId;
    if (kind() === "text") return api.earning.addEvidence.mutate({ pursuitId, kind: "text", text: body() });
    if (kind() === "link") {
      return api.earning.addEvidence.mutate({
        pursuitId,
        kind: "link",
        url: url(),
        ...(body() ? { text: body() } : {}),
      });
    }
    const chosen = file();
    if (!chosen) return api.earning.addEvidence.mutate({ pursuitId, kind: "file" });
    const bytes = chosen ? new Uint8Array(await chosen.arrayBuffer()) : new Uint8Array();
    let binary = "";
    for (const b of bytes) binary += String.fromCharCode(b);
    return api.earning.addEvidence.mutate({
      pursuitId,
      kind: "file",
      fileName: chosen.name,
      mediaType: chosen.type,
      contentBase64: btoa(binary),
    });
  });
  const fileId = `evidence-file-${props.pursuitId}`;
  const fileError = () =>
    add.fieldError("file") ?? add.fieldError("fileName") ?? add.fieldError("contentBase64");
  return (
    <form
      class="form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await add.run()) {
          setBody("");
          setUrl("");
          setFile(undefined);
          props.onAdded();
        }
      }}
    >
      <SelectField
        label={text("evidence.kind")}
        value={kind()}
        onValue={(v) => setKind(v as "text" | "link" | "file")}
        options={[
          { value: "text", label: text("evidence.text") },
          { value: "link", label: text("evidence.link") },
          { value: "file", label: text("evidence.file") },
        ]}
      />
      <Switch>
        <Match when={kind() === "file"}>
          <div class="field">
            <label for={fileId}>{text("evidence.fileLabel")}</label>
            <input
              id={fileId}
              class="input"
              type="file"
              accept="application/pdf,image/png,image/jpeg,image/webp,text/plain"
              aria-invalid={fileError() ? "true" : undefined}
              aria-describedby={fileError() ? `${fileId}-error` : undefined}
              onChange={(e) => setFile(e.currentTarget.files?.[0])}
            />
            <Show when={fileError()}>
              <p class="field-error" id={`${fileId}-error`}>
                {fileError()}
              </p>
            </Show>
          </div>
        </Match>
        <Match when={kind() === "link"}>
          <TextField
            label={text("evidence.urlLabel")}
            type="url"
            value={url()}
            onValue={setUrl}
            error={add.fieldError("url")}
          />
        </Match>
        <Match when={kind() === "text"}>
          <TextAreaField
            label={text("evidence.textLabel")}
            value={body()}
            onValue={setBody}
            maxLength={4000}
            error={add.fieldError("text")}
          />
        </Match>
      </Switch>
      <FormActions label={text("evidence.add")} pending={add.pending()} error={add.error()} />
    </form>
  );
}

export const pursuitStatusKey = statusKey;

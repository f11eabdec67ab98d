import { Button, formatDateTime, sessionWarning, useApiConnection, useI18n, useSession } from "@polku/ui";
import { createSignal, Match, onCleanup, Switch } from "solid-js";

/** How often the tab looks at the clock: often enough that a five-minute warning comes in time. */
const CHECK_EVERY_MS = 15_000;

/**
 * A warning above the page before the session ends (WCAG 2.2.1): an idle end the person may put off
 * with one button (any call extends the session), or the latest end, 12 hours from the login, before
 * which they save their work. After the end it says so, before the next save would fail.
 */
export function SessionWarning() {
  const { t } = useI18n();
  const session = useSession();
  const connection = useApiConnection();
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), CHECK_EVERY_MS);
  onCleanup(() => clearInterval(timer));
  const [extending, setExtending] = createSignal(false);
  const warning = () => {
    const limits = session.me.latest?.session;
    return limits ? sessionWarning(now(), limits, connection.lastAnswerAt()) : { kind: "none" as const };
  };
  const endsAt = () => {
    const w = warning();
    return w.kind === "idle" || w.kind === "latest" ? formatDateTime(w.endsAt) : "";
  };
  const extend = async () => {
    setExtending(true);
    try {
      await session.refresh();
    } finally {
      setExtending(false);
      setNow(Date.now());
    }
  };
  return (
    <Switch>
      <Match when={warning().kind === "idle"}>
        <div class="session-warning" role="alert">
          <p>{t("session.endsIdle", { time: endsAt() })}</p>
          <Button variant="secondary" busy={extending()} onClick={() => void extend()}>
            {t("session.continue")}
          </Button>
        </div>
      </Match>
      <Match when={warning().kind === "latest"}>
        <div class="session-warning" role="alert">
          <p>{t("session.endsLatest", { time: endsAt() })}</p>
        </div>
      </Match>
      <Match when={warning().kind === "ended"}>
        <div class="session-warning" role="alert">
          <p>{t("session.ended")}</p>
          <Button variant="secondary" onClick={() => void session.refresh()}>
            {t("session.logInAgain")}
          </Button>
        </div>
      </Match>
    </Switch>
  );
}

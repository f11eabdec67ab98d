import { ApiError, Loading, useI18n } from "@polku/ui";
import { ErrorBoundary, type JSX, Suspense } from "solid-js";

/**
 * Keeps one contribution's loading and failure inside its own part of the page. Without it, a section
 * still loading its code or strings held the whole page on "Ladataan…", and a failure thrown while
 * drawing (a failed resource read directly) left the page on "Ladataan…" for good. A retry draws the
 * contribution afresh, which loads its data again.
 */
export function SlotBoundary(props: { title: string; children: JSX.Element }) {
  const { t } = useI18n();
  return (
    <ErrorBoundary
      fallback={(error, reset) => (
        <ApiError error={error} retry={reset} title={t("error.sectionFailed", { title: props.title })} />
      )}
    >
      <Suspense fallback={<Loading />}>{props.children}</Suspense>
    </ErrorBoundary>
  );
}

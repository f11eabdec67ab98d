/**
 * Where focus goes when a form's call ends. Without this it fell to the page body whenever the page
 * re-rendered what held it (a list refetched after a save), and the confirmation stayed off screen, so
 * a keyboard or screen-reader user had to start again from the top (WCAG 2.4.3, 3.3.1).
 *
 * - A refusal: the first field marked invalid, else the form's alert.
 * - A success: the result, the first status message in the form's section that says something, once it
 *   does; failing that, if focus was lost, the section's heading. A section that left the page (the save
 *   moved to another page, whose heading the router focuses) is left alone.
 */

/** How long a success waits for its confirmation to appear (the page's refetch runs meanwhile). */
const WAIT_FRAMES = 90;

const nextFrame = (run: () => void) =>
  typeof requestAnimationFrame === "function" ? requestAnimationFrame(run) : setTimeout(run, 16);

function focusElement(element: HTMLElement) {
  if (!element.hasAttribute("tabindex") && element.tabIndex < 0) element.setAttribute("tabindex", "-1");
  // Scrolled at once, not smoothly: a smooth scroll is cut short when the page re-renders under it.
  element.scrollIntoView?.({ block: "nearest", behavior: "instant" });
  element.focus({ preventScroll: true });
}

const focusLost = () => document.activeElement === null || document.activeElement === document.body;

/** What the form is part of: the section (a page's part) around it, else the page's main content. */
export function focusScopeOf(origin: Element | null): {
  form: HTMLFormElement | null;
  scope: Element | null;
} {
  const form = origin?.closest("form") ?? null;
  const scope = form?.closest("section, [role='region'], main") ?? form;
  return { form, scope };
}

export function moveFocusAfterSave(
  where: { form: HTMLFormElement | null; scope: Element | null },
  outcome: "saved" | "refused",
): void {
  if (typeof document === "undefined" || !where.scope) return;
  const { form, scope } = where;
  if (outcome === "refused") {
    nextFrame(() => {
      const target =
        form?.querySelector<HTMLElement>("[aria-invalid='true']") ??
        (form ?? scope).querySelector<HTMLElement>("[role='alert']");
      if (target?.isConnected) focusElement(target);
    });
    return;
  }
  let frames = 0;
  const look = () => {
    if (!scope.isConnected) return;
    const result = [...scope.querySelectorAll<HTMLElement>("[role='status']:not(.state-loading)")].find(
      (status) => (status.textContent ?? "").trim() !== "",
    );
    if (result) return focusElement(result);
    if (++frames < WAIT_FRAMES) return nextFrame(look);
    if (focusLost()) {
      const heading = scope.querySelector<HTMLElement>("h2, h3, h1");
      if (heading) focusElement(heading);
    }
  };
  nextFrame(look);
}

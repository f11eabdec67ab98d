import { useLocation } from "@solidjs/router";
import { createEffect, on } from "solid-js";

/**
 * Puts focus on the new page's h1 after each navigation, so a keyboard or screen-reader user starts
 * on the new page instead of on the link they left. Pages render their heading after their chunk and
 * sometimes their data have loaded, so it waits (briefly) for the heading to appear.
 */
export function focusPageHeading(timeoutMs = 10_000): void {
  const main = document.getElementById("main");
  if (!main) return;
  const tryFocus = () => {
    const heading = main.querySelector<HTMLElement>("[data-page-heading]");
    if (!heading) return false;
    heading.focus();
    return true;
  };
  requestAnimationFrame(() => {
    if (tryFocus()) return;
    const observer = new MutationObserver(() => {
      if (tryFocus()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    setTimeout(() => observer.disconnect(), timeoutMs);
  });
}

export function useFocusOnNavigate(): void {
  const location = useLocation();
  // Not on the first load: the browser starts at the top of the page, where the skip link is.
  createEffect(
    on(
      () => location.pathname,
      () => focusPageHeading(),
      { defer: true },
    ),
  );
}

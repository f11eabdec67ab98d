/**
 * Where a visitor was going when they had to log in first (a link in a notice email, a bookmarked
 * student page): kept for the tab in sessionStorage, not in the login page's address, and taken once
 * after logging in. Only a path of this site is kept, so the login page never sends anyone elsewhere.
 */
const KEY = "polku.returnPath";

const isOwnPath = (path: string) =>
  path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/login");

export function rememberReturnPath(path: string): void {
  if (path === "/" || !isOwnPath(path)) return;
  try {
    sessionStorage.setItem(KEY, path);
  } catch {
    // Storage may be off (private mode): the visitor lands on the home page instead.
  }
}

export function takeReturnPath(): string | null {
  try {
    const path = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    return path && isOwnPath(path) ? path : null;
  } catch {
    return null;
  }
}

import { createSignal } from "solid-js";

/**
 * A form's field errors from its last submit, each cleared once the person changes that field: an
 * error left under a field already fixed reads as if the fix did not take. The shared submission keeps
 * the server's answer whole (its summary stays until the next submit); this only hides a field's own.
 */
export function createFieldErrors(save: { fieldError(name: string): string | undefined }) {
  const [changed, setChanged] = createSignal<ReadonlySet<string>>(new Set());
  return {
    /** The field's error, unless the field has changed since the submit. */
    error: (name: string) => (changed().has(name) ? undefined : save.fieldError(name)),
    /** Wraps a field's setter so that a change clears its error. */
    onChange:
      <T>(name: string, set: (value: T) => unknown) =>
      (value: T) => {
        set(value);
        setChanged((all) => (all.has(name) ? all : new Set([...all, name])));
      },
    /** A new submit shows its own errors again. */
    reset: () => setChanged(new Set<string>()),
  };
}

import { type Accessor, createSignal } from "solid-js";
import { type ApiErrorInfo, errorInfo, fieldErrors } from "./errors.ts";
import { focusScopeOf, moveFocusAfterSave } from "./focus-after-save.ts";

export interface Submission<A extends unknown[], R> {
  readonly pending: Accessor<boolean>;
  readonly error: Accessor<ApiErrorInfo | null>;
  /** The server's complaint about one field (by its input name), for that field's error text. */
  fieldError(name: string): string | undefined;
  /** Runs the call; on failure keeps the error and returns undefined. Never clears the form. */
  run(...args: A): Promise<R | undefined>;
  clear(): void;
}

/**
 * A form's call to the API: pending while running (so the button can say so and not be pressed twice),
 * and the failure kept for display. The form's own signals are untouched on failure, so nothing the
 * person typed is lost; the form clears its fields itself after a success. Focus then goes to the
 * result or to the first error (focus-after-save.ts).
 */
export function createSubmission<A extends unknown[], R>(
  action: (...args: A) => Promise<R>,
): Submission<A, R> {
  const [pending, setPending] = createSignal(false);
  const [error, setError] = createSignal<ApiErrorInfo | null>(null);
  return {
    pending,
    error,
    fieldError: (name) => fieldErrors(error())[name],
    async run(...args) {
      // The form this call came from (its submit button has focus), for where focus goes afterwards.
      const where = focusScopeOf(typeof document === "undefined" ? null : document.activeElement);
      setPending(true);
      setError(null);
      try {
        const result = await action(...args);
        moveFocusAfterSave(where, "saved");
        return result;
      } catch (failure) {
        setError(errorInfo(failure));
        moveFocusAfterSave(where, "refused");
        return undefined;
      } finally {
        setPending(false);
      }
    },
    clear: () => setError(null),
  };
}

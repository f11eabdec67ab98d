import { type JSX, Show } from "solid-js";
import { useI18n } from "../i18n/context.tsx";
import { ApiError } from "./Alert.tsx";
import { Button, type ButtonVariant } from "./Button.tsx";

/**
 * The end of a form: the server's refusal (when the form shows it here) and the submit button, which
 * says it is saving and cannot be pressed twice while the call runs. Other buttons go in `children`.
 */
export function FormActions(props: {
  label: string;
  pending: boolean;
  error?: unknown;
  /** "danger" for a submit that undoes something (cancelling an entry). */
  variant?: ButtonVariant;
  children?: JSX.Element;
}) {
  const { t } = useI18n();
  return (
    <>
      <Show when={props.error}>{(error) => <ApiError error={error()} />}</Show>
      <div class="button-row">
        <Button type="submit" variant={props.variant} busy={props.pending}>
          {props.pending ? t("form.saving") : props.label}
        </Button>
        {props.children}
      </div>
    </>
  );
}

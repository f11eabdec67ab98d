import { createUniqueId, For, type JSX, Show, splitProps } from "solid-js";
import { useI18n } from "../i18n/context.tsx";

interface FieldShellProps {
  /** The control's id; a unique one is made when not given. */
  id?: string | undefined;
  label: string;
  hint?: string | undefined;
  error?: string | undefined | null;
  required?: boolean | undefined;
  class?: string;
  children: (control: ControlProps) => JSX.Element;
}

/** What a control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  "aria-describedby": string | undefined;
  "aria-invalid": "true" | undefined;
  "aria-required": "true" | undefined;
}

/**
 * Label, hint and error around one control. The error is text next to the field, tied to it with
 * aria-describedby and marked with aria-invalid, so it is read out with the field and is never told
 * by colour alone (WCAG 1.4.1, 3.3.1).
 */
export function FieldShell(props: FieldShellProps) {
  const { t } = useI18n();
  const id = props.id ?? `field-${createUniqueId()}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = () =>
    [props.hint ? hintId : null, props.error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div class={`field ${props.error ? "field-invalid" : ""} ${props.class ?? ""}`}>
      <label for={id} class="field-label">
        {props.label}
        <Show when={props.required}>
          <span class="field-required"> ({t("form.required")})</span>
        </Show>
      </label>
      <Show when={props.hint}>
        <p id={hintId} class="field-hint">
          {props.hint}
        </p>
      </Show>
      {props.children({
        id,
        get "aria-describedby"() {
          return describedBy();
        },
        get "aria-invalid"() {
          return props.error ? ("true" as const) : undefined;
        },
        get "aria-required"() {
          return props.required ? ("true" as const) : undefined;
        },
      })}
      <Show when={props.error}>
        <p id={errorId} class="field-error">
          {props.error}
        </p>
      </Show>
    </div>
  );
}

type InputAttrs = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, "value" | "onInput">;

export interface TextFieldProps extends InputAttrs {
  label: string;
  value: string;
  onValue: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined | null;
  required?: boolean;
}

export function TextField(props: TextFieldProps) {
  const [own, rest] = splitProps(props, [
    "id",
    "label",
    "value",
    "onValue",
    "hint",
    "error",
    "required",
    "class",
  ]);
  return (
    <FieldShell
      id={own.id}
      label={own.label}
      hint={own.hint}
      error={own.error}
      required={own.required}
      class={own.class}
    >
      {(control) => (
        <input
          type="text"
          {...rest}
          {...control}
          class="input"
          value={own.value}
          onInput={(e) => own.onValue(e.currentTarget.value)}
        />
      )}
    </FieldShell>
  );
}

/** A date field: the browser's date picker, the value as YYYY-MM-DD (the API's form). */
export function DateField(props: Omit<TextFieldProps, "type">) {
  return <TextField {...props} type="date" />;
}

export interface SelectOption {
  value: string;
  label: string;
  lang?: string;
  /** Options with a group are listed under its heading (an optgroup), in the order given. */
  group?: string;
}

/** Consecutive options of the same group together; an option without a group stands alone. */
function grouped(options: readonly SelectOption[]) {
  const out: Array<{ group: string | undefined; options: SelectOption[] }> = [];
  for (const option of options) {
    const last = out.at(-1);
    if (last && last.group !== undefined && last.group === option.group) last.options.push(option);
    else out.push({ group: option.group, options: [option] });
  }
  return out;
}

export interface SelectFieldProps {
  id?: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  options: readonly SelectOption[];
  /** A first, empty option ("Choose…"); leave out when a value is always chosen. */
  placeholder?: string;
  hint?: string | undefined;
  error?: string | undefined | null;
  required?: boolean;
  name?: string;
  class?: string;
}

export function SelectField(props: SelectFieldProps) {
  return (
    <FieldShell
      id={props.id}
      label={props.label}
      hint={props.hint}
      error={props.error}
      required={props.required}
      class={props.class}
    >
      {(control) => (
        <select
          {...control}
          name={props.name}
          class="input"
          value={props.value}
          onChange={(e) => props.onValue(e.currentTarget.value)}
        >
          <Show when={props.placeholder !== undefined}>
            <option value="">{props.placeholder}</option>
          </Show>
          <For each={grouped(props.options)}>
            {(part) => {
              const options = (
                <For each={part.options}>
                  {(option) => (
                    <option value={option.value} lang={option.lang} selected={option.value === props.value}>
                      {option.label}
                    </option>
                  )}
                </For>
              );
              return part.group === undefined ? options : <optgroup label={part.group}>{options}</optgroup>;
            }}
          </For>
        </select>
      )}
    </FieldShell>
  );
}

export function TextAreaField(props: {
  label: string;
  value: string;
  onValue: (value: string) => void;
  hint?: string;
  error?: string | undefined | null;
  rows?: number;
  maxLength?: number;
  required?: boolean;
}) {
  return (
    <FieldShell label={props.label} hint={props.hint} error={props.error} required={props.required}>
      {(control) => (
        <textarea
          {...control}
          class="input"
          rows={props.rows ?? 3}
          maxLength={props.maxLength}
          value={props.value}
          onInput={(e) => props.onValue(e.currentTarget.value)}
        />
      )}
    </FieldShell>
  );
}

/** One yes/no choice, its label beside the box (clicking the words ticks it too). */
export function CheckboxField(props: {
  label: string;
  checked: boolean;
  onChecked: (checked: boolean) => void;
  name?: string;
}) {
  return (
    <label class="field-checkbox">
      <input
        type="checkbox"
        name={props.name}
        checked={props.checked}
        onChange={(e) => props.onChecked(e.currentTarget.checked)}
      />
      {props.label}
    </label>
  );
}

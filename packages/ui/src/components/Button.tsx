import { type JSX, splitProps } from "solid-js";

export type ButtonVariant = "primary" | "secondary" | "danger" | "link";

export interface ButtonProps extends JSX.ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** While true the button is disabled and says so (aria-busy), so a form is not sent twice. */
  busy?: boolean;
}

/** A real <button> (never a clickable div): keyboard and screen readers work without extra code. */
export function Button(props: ButtonProps) {
  const [own, rest] = splitProps(props, ["variant", "busy", "class", "type", "disabled"]);
  return (
    <button
      {...rest}
      type={own.type ?? "button"}
      class={`button button-${own.variant ?? "primary"} ${own.class ?? ""}`}
      disabled={own.disabled || own.busy}
      aria-busy={own.busy ? "true" : undefined}
    />
  );
}

import { fireEvent, render, screen } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { describe, expect, it } from "vitest";
import { I18nProvider } from "../i18n/context.tsx";
import { SelectField, TextAreaField, TextField } from "./Field.tsx";

describe("fields", () => {
  it("ties the label, hint and error to the input and marks it invalid", () => {
    render(() => (
      <I18nProvider locale="fi">
        <TextField
          label="Alkupäivä"
          value="2026-13-01"
          onValue={() => {}}
          hint="Muodossa VVVV-KK-PP"
          error="Use a date in the form YYYY-MM-DD."
          required
        />
      </I18nProvider>
    ));
    const input = screen.getByLabelText(/Alkupäivä/) as HTMLInputElement;
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.getAttribute("aria-required")).toBe("true");
    const described = (input.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(["Muodossa VVVV-KK-PP", "Use a date in the form YYYY-MM-DD."]);
    expect(input.value).toBe("2026-13-01");
  });

  it("marks a required text area as required, in its label and to assistive technology", () => {
    render(() => (
      <I18nProvider locale="fi">
        <TextAreaField label="Tavoite" value="" onValue={() => {}} required />
      </I18nProvider>
    ));
    const area = screen.getByLabelText(/Tavoite/) as HTMLTextAreaElement;
    expect(area.getAttribute("aria-required")).toBe("true");
    expect(area.labels?.[0]?.textContent).toMatch(/Tavoite \(.+\)/);
  });

  it("is not marked invalid without an error, and reports what is typed", async () => {
    const [value, setValue] = createSignal("");
    render(() => (
      <I18nProvider locale="fi">
        <TextField label="Nimi" value={value()} onValue={setValue} />
      </I18nProvider>
    ));
    const input = screen.getByLabelText("Nimi") as HTMLInputElement;
    expect(input.hasAttribute("aria-invalid")).toBe(false);
    expect(input.hasAttribute("aria-describedby")).toBe(false);
    fireEvent.input(input, { target: { value: "Aino" } });
    expect(value()).toBe("Aino");
  });

  it("labels a select and offers its options", () => {
    render(() => (
      <I18nProvider locale="fi">
        <SelectField
          label="Tila"
          value="done"
          onValue={() => {}}
          options={[
            { value: "planned", label: "Suunniteltu" },
            { value: "done", label: "Tehty" },
          ]}
        />
      </I18nProvider>
    ));
    const select = screen.getByLabelText("Tila") as HTMLSelectElement;
    expect(select.value).toBe("done");
    expect([...select.options].map((o) => o.textContent)).toEqual(["Suunniteltu", "Tehty"]);
  });

  it("lists grouped options under their group's heading, in the order given", () => {
    render(() => (
      <I18nProvider locale="fi">
        <SelectField
          label="Tutkinnon osa"
          value="b"
          onValue={() => {}}
          placeholder="Valitse"
          options={[
            { value: "a", label: "A", group: "Ammatilliset" },
            { value: "b", label: "B", group: "Ammatilliset" },
            { value: "c", label: "C", group: "Yhteiset" },
            { value: "d", label: "D" },
          ]}
        />
      </I18nProvider>
    ));
    const select = screen.getByLabelText("Tutkinnon osa") as HTMLSelectElement;
    expect(select.value).toBe("b");
    const groups = [...select.querySelectorAll("optgroup")].map((g) => [
      g.label,
      [...g.querySelectorAll("option")].map((o) => o.value),
    ]);
    expect(groups).toEqual([
      ["Ammatilliset", ["a", "b"]],
      ["Yhteiset", ["c"]],
    ]);
    expect([...select.options].map((o) => o.value)).toEqual(["", "a", "b", "c", "d"]);
  });
});

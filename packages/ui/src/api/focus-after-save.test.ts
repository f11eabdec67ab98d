import { afterEach, describe, expect, it } from "vitest";
import { createSubmission } from "./submission.ts";

/** A page part with a form, as the portal's sections are: heading, form, a status line for the result. */
function section() {
  document.body.innerHTML = `
    <main><section aria-label="Merkinnät"><h2>Merkinnät</h2>
      <div role="status" class="notice-empty"></div>
      <form><input id="name" /><input id="day" /><button type="submit">Tallenna</button></form>
    </section></main>`;
  const button = document.querySelector("button")!;
  button.focus();
  return {
    status: document.querySelector<HTMLElement>("[role='status']")!,
    day: document.querySelector<HTMLInputElement>("#day")!,
    heading: document.querySelector("h2")!,
  };
}

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    let left = n;
    const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  });

describe("focus after a form's call", () => {
  afterEach(() => {
    document.body.innerHTML = "";
  });

  it("moves to the confirmation once it says something", async () => {
    const { status } = section();
    const save = createSubmission(async () => "ok");
    expect(await save.run()).toBe("ok");
    // The page words the result a moment later (after its refetch).
    await frames(3);
    status.textContent = "Tallennettu: 14 opiskelijaa.";
    await frames(3);
    expect(document.activeElement).toBe(status);
  });

  it("moves to the first field the refusal marks", async () => {
    const { day } = section();
    const save = createSubmission(async () => {
      day.setAttribute("aria-invalid", "true");
      throw new Error("refused");
    });
    expect(await save.run()).toBeUndefined();
    await frames(2);
    expect(document.activeElement).toBe(day);
  });

  it("falls back to the section's heading when the save re-rendered away what had focus", async () => {
    const { heading } = section();
    const save = createSubmission(async () => {
      document.querySelector("button")!.remove();
      return "ok";
    });
    await save.run();
    await frames(100);
    expect(document.activeElement).toBe(heading);
  });
});

import { describe, expect, it } from "vitest";
import { finnishDate, renderNotice } from "./message.ts";

const data = {
  day: "2026-11-24",
  guardianFirstName: "Sari",
  providerName: "Lapin ammattiopisto",
  lines: [
    { studentId: "a", name: "Aino Virtanen", lessons: ["1", "2"] },
    { studentId: "b", name: "Eino Virtanen", lessons: [""] },
  ],
};

describe("absence notice", () => {
  it("writes dates as Finns do", () => {
    expect(finnishDate("2026-11-04")).toBe("4.11.2026");
    expect(finnishDate("2026-01-31")).toBe("31.1.2026");
  });

  it("lists each ward's lessons, a day mark as the whole day, and points to the portal page", () => {
    const notice = renderNotice(data, "fi");
    expect(notice.subject).toBe("Poissaoloilmoitus 24.11.2026: Aino Virtanen, Eino Virtanen");
    expect(notice.body).toContain("Hei Sari,");
    expect(notice.body).toContain("- Aino Virtanen: oppitunnit 1, 2");
    expect(notice.body).toContain("- Eino Virtanen: koko päivä");
    expect(notice.path).toBe("/p/lappi-valmennus/notices");
  });

  it("speaks the guardian's language", () => {
    const sv = renderNotice(data, "sv");
    expect(sv.subject).toBe("Frånvaroanmälan 24.11.2026: Aino Virtanen, Eino Virtanen");
    expect(sv.body).toContain("- Eino Virtanen: hela dagen");
    const en = renderNotice({ ...data, guardianFirstName: null }, "en");
    expect(en.body.startsWith("Hello,")).toBe(true);
    expect(en.body).toContain("- Aino Virtanen: lessons 1, 2");
  });
});

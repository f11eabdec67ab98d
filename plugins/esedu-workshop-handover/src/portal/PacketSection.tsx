import { DetailList, Section } from "@polku/ui";
import { Show } from "solid-js";
import type { PacketBadge, PacketPlan, PacketUnit } from "../packet.ts";
import { usePluginText } from "./text.ts";

interface Packet {
  consentCovers: readonly string[];
  competence: readonly PacketUnit[] | null;
  badges?: readonly PacketBadge[] | null;
  careerGoals: string | null;
  continuationPlan?: PacketPlan | null;
  supportThatWorked: string | null;
  note: string | null;
  agreement: {
    title: string;
    services: readonly string[];
    weeksPerCoachee: number;
    resources: string;
    validFrom: string;
    validUntil: string;
  } | null;
}

/**
 * The handover packet as far as the consent covers it (the rest was never stored), and the service
 * agreement the handover refers to.
 */
export function PacketSection(props: { packet: Packet }) {
  const { text, formatDate, locale } = usePluginText();
  const covered = (part: string) => props.packet.consentCovers.includes(part);
  const orNone = (part: string, value: string | null) =>
    covered(part) ? (value ?? "–") : text("packet.none");
  const units = () => {
    if (!covered("competence")) return text("packet.none");
    const list = props.packet.competence ?? [];
    if (list.length === 0) return text("packet.noUnits");
    return list
      .map((u) => (u.competencePoints ? `${u.name} (${u.competencePoints} osp)` : u.name))
      .join("; ");
  };
  const badges = () => {
    if (!covered("competence")) return text("packet.none");
    const list = props.packet.badges ?? [];
    if (list.length === 0) return text("packet.noBadges");
    return list.map((b) => `${b.name[locale()] || b.name.fi} (${formatDate(b.issuedOn)})`).join("; ");
  };
  const plan = () => {
    if (!covered("career_goals")) return text("packet.none");
    const p = props.packet.continuationPlan;
    if (!p) return text("packet.noPlan");
    return `${text(`path.${p.path}` as "path.other")}: ${p.goal} (${formatDate(p.agreedOn)})`;
  };
  return (
    <Section title={text("packet.title")}>
      <DetailList
        items={[
          {
            label: text("form.covers"),
            value:
              props.packet.consentCovers.map((p) => text(`cover.${p}` as "cover.competence")).join(", ") ||
              "–",
          },
          { label: text("cover.competence"), value: units() },
          { label: text("packet.badges"), value: badges() },
          { label: text("packet.plan"), value: plan() },
          { label: text("form.careerGoals"), value: orNone("career_goals", props.packet.careerGoals) },
          { label: text("form.support"), value: orNone("support", props.packet.supportThatWorked) },
          { label: text("form.note"), value: orNone("tutor_notes", props.packet.note) },
        ]}
      />
      <Show when={props.packet.agreement}>
        {(a) => (
          <>
            <h3>{text("packet.agreement")}</h3>
            <DetailList
              items={[
                { label: text("agreements.name"), value: a().title },
                {
                  label: text("agreements.services"),
                  value: a()
                    .services.map((s) => text(`service.${s}` as "service.work-trial"))
                    .join(", "),
                },
                { label: text("agreements.weeks"), value: String(a().weeksPerCoachee) },
                { label: text("agreements.resources"), value: a().resources },
                {
                  label: text("agreements.period"),
                  value: `${formatDate(a().validFrom)}–${formatDate(a().validUntil)}`,
                },
              ]}
            />
          </>
        )}
      </Show>
    </Section>
  );
}

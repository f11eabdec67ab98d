/**
 * The organisation a step is taken with, as the plugin writes it into the step's note: labelled, so the
 * pathway's "Muistiinpano" does not read a workshop's or a company's name as someone's words. The core's
 * step has no field for the other party; the labels are Finnish, as the deployment's notes are.
 */
export const organisationNote = (as: "workshop" | "company" | "employer", name: string): string =>
  `${{ workshop: "Työpaja", company: "Yritys", employer: "Työnantaja" }[as]}: ${name}`;

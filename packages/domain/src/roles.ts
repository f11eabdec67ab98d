/** Who a user is in Polku. Authorization decides what each role may do; the domain only names them. */
import { Schema } from "effect";

export const roles = [
  "student",
  "guardian",
  "tutor",
  "teacher",
  "welfare",
  "manager",
  "workshop_coach",
  "company_contact",
  "partner_contact",
  "funding_negotiator",
  "region_admin",
] as const;

export const Role = Schema.Literals(roles);
export type Role = typeof Role.Type;

export const isRole = Schema.is(Role);

/** Who a user is in Polku. Authorization decides what each role may do; the domain only names them. */
import { Schema } from "effect";
import { roles } from "./vocabulary.ts";

export { roles };

export const Role = Schema.Literals(roles);
export type Role = typeof Role.Type;

export const isRole = Schema.is(Role);

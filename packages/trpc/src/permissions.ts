import type { Role } from "@polku/domain";

/**
 * An action a procedure needs, and the roles that get it by default. The core defines these;
 * each plugin's manifest adds its own, and the deployment composes them into one Authority.
 */
export type PermissionGrants = Readonly<Record<string, readonly Role[]>>;

/** Procedures anyone may call (logging in); the only exception to "a permission for every call". */
export const PUBLIC = "public" as const;
/** Any logged-in person, whatever the role (their own session). */
export const AUTHENTICATED = "authenticated" as const;

const providerStaff: readonly Role[] = ["tutor", "teacher", "welfare", "manager"];
const partners: readonly Role[] = ["workshop_coach", "company_contact", "partner_contact"];

export const corePermissions = {
  "organisation.read": [...providerStaff, ...partners, "region_admin", "funding_negotiator"],
  // Students and guardians list too: row-level security narrows it to themself and their minor wards.
  "student.list": [...providerStaff, ...partners, "student", "guardian"],
  "student.read": [...providerStaff, ...partners, "student", "guardian"],
  "pathway.read": [...providerStaff, ...partners, "student", "guardian"],
  "pathway.write": ["tutor", "teacher", "workshop_coach"],
  "outcome.write": ["tutor", "workshop_coach"],
  "studyRight.write": ["tutor", "manager"],
  "grant.read": ["tutor", "manager", "student", "guardian"],
  "grant.create": ["tutor", "manager"],
  "grant.revoke": ["tutor", "manager", "student", "guardian"],
  // Region admins get the trail once they have a region-wide scope; until then they would see nothing.
  "audit.read": ["manager", "student", "guardian"],
  // Groups and attendance (row-level security: the provider's staff, and the student or a minor's guardian)
  "group.read": ["tutor", "teacher", "welfare", "manager"],
  "group.manage": ["tutor", "manager"],
  "attendance.read": ["tutor", "teacher", "welfare", "manager", "student", "guardian"],
  "attendance.mark": ["tutor", "teacher"],
  "attendance.import": ["tutor", "teacher", "manager"],
  // Coaching sessions and notes (notes: team / staff / welfare visibility, enforced by RLS too)
  "coaching.read": ["tutor", "teacher", "welfare", "manager", "student", "guardian"],
  "coaching.write": ["tutor", "teacher", "welfare"],
  "note.read": ["tutor", "teacher", "welfare", "manager", "workshop_coach", "student", "guardian"],
  "note.write": ["tutor", "teacher", "welfare"],
  // Student welfare: contents for welfare staff only; other staff may refer and see a disclosed count
  "welfare.refer": ["tutor", "teacher", "manager", "welfare"],
  "welfare.read": ["welfare"],
  "welfare.manage": ["welfare"],
  "welfare.disclosed": ["tutor", "teacher", "manager"],
  // HOKS: drafted by the tutor with the student, approved by the student (or a minor's guardian)
  "hoks.read": ["tutor", "teacher", "welfare", "manager", "student", "guardian"],
  "hoks.write": ["tutor"],
  "hoks.approve": ["student", "guardian"],
  "hoks.transfer": ["tutor", "manager"],
  "progress.write": ["tutor", "teacher"],
  // Early warning: flags for the staff who act on them; thresholds are the managers'
  "earlyWarning.read": ["tutor", "teacher", "welfare", "manager"],
  "earlyWarning.configure": ["manager"],
  // Marking a warning handled (with a note): those who act on it, not a teacher who only sees it
  "earlyWarning.handle": ["tutor", "welfare", "manager"],
  // Outcome-based funding: the models and the share agreements, for those who negotiate them. A partner
  // (and a partner's own negotiator) reads and accepts only the agreements it is party to (RLS too).
  "funding.read": ["funding_negotiator", "manager", "region_admin"],
  "funding.agreement.read": ["funding_negotiator", "manager", "region_admin", ...partners],
  "funding.agreement.write": ["funding_negotiator", "manager"],
  "funding.agreement.accept": ["funding_negotiator", ...partners],
  // Companies' competence needs: stated by a company's contact, read by those who match people to them.
  "competenceNeed.read": [...providerStaff, ...partners, "region_admin"],
  "competenceNeed.write": ["company_contact"],
} as const satisfies PermissionGrants;

export type CorePermission = keyof typeof corePermissions;

export interface Authority {
  /** May this role perform this action? Unknown actions are never allowed. */
  can(role: Role, permission: string): boolean;
  /** Every action known to the deployment. */
  readonly permissions: readonly string[];
}

/** Merges the core grants with those of the deployment's plugins. A plugin may not redefine an action. */
export function makeAuthority(...sets: PermissionGrants[]): Authority {
  const byPermission = new Map<string, ReadonlySet<Role>>();
  for (const set of sets) {
    for (const [permission, roles] of Object.entries(set)) {
      if (byPermission.has(permission)) throw new Error(`Permission "${permission}" is defined twice.`);
      byPermission.set(permission, new Set(roles));
    }
  }
  return {
    can: (role, permission) => byPermission.get(permission)?.has(role) ?? false,
    permissions: [...byPermission.keys()],
  };
}

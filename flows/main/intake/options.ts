// The answer options of the intake, as stable ids (stored in the case and exported). Labels live in the
// translation files under `<question>-<id>` keys; the lists here fix the order people see.
import { VIOLENCE_KINDS } from '../violence.js';

export const AFFECTED = ['self', 'other', 'child'] as const;
export const KINDS = VIOLENCE_KINDS;
export const RELATIONSHIPS = [
  'spouse', 'ex_spouse', 'partner', 'ex_partner', 'parent', 'child', 'family', 'employer', 'acquaintance', 'stranger', 'other',
] as const;
export const ONGOING = ['yes', 'no', 'unsure'] as const;
/** GBVIMS `elapsed_reporting_time` buckets (case-standards.md (a)). */
export const LAST_INCIDENT = ['0_3_days', '4_5_days', '6_14_days', '2_weeks_1_month', 'over_1_month'] as const;
export const VICTIM_SEX = ['female', 'male', 'other', 'prefer_not'] as const;
export const PERP_SEX = ['male', 'female', 'other', 'unknown', 'prefer_not'] as const;
/** Age groups that nest the national statistics and the GBVIMS perpetrator groups. */
export const AGE_GROUPS = ['0-11', '12-17', '18-25', '26-40', '41-60', '61+'] as const;
export const VICTIM_AGE = [...AGE_GROUPS, 'prefer_not'] as const;
export const PERP_AGE = [...AGE_GROUPS, 'unknown', 'prefer_not'] as const;
export const CALLBACK = ['chat', 'phone', 'none'] as const;
export const SAFE_HOURS = ['morning', 'midday', 'afternoon', 'evening', 'any'] as const;
export const YES_NO_UNSURE = ['yes', 'no', 'unsure'] as const;
/** "No" first: a message is left only when the person says so. */
export const LEAVE_MESSAGE = ['no', 'yes'] as const;
export const CONSENT = ['yes', 'no'] as const;

/** Relationship → GBVIMS `perpetrator_relationship` (case-standards.md (a)); spouses and partners drive IPV. */
export const GBVIMS_RELATIONSHIP: Record<(typeof RELATIONSHIPS)[number], string> = {
  spouse: 'intimate_partner_former_partner',
  ex_spouse: 'intimate_partner_former_partner',
  partner: 'intimate_partner_former_partner',
  ex_partner: 'intimate_partner_former_partner',
  parent: 'primary_caregiver',
  child: 'family_other_than_spouse_or_caregiver',
  family: 'family_other_than_spouse_or_caregiver',
  employer: 'supervisor_employer',
  acquaintance: 'family_friend_neighbor',
  stranger: 'no_relation',
  other: 'other',
};

import { z } from 'zod';
import { RULE_FIELDS, type RuleField } from '../../sim';
import { OPERATORS, type RuleDraft } from '../panel/ruleDraft';
import { createDraftStore, type DraftStorage, type DraftStore } from './draftStore';

/**
 * The profile form's unsaved draft, kept while the form is open (see draftStore.ts): a reload or a
 * closed tab brings the form back as it was left. Saved or cancelled, the draft is dropped.
 */

/** Storage key of the draft. */
export const PROFILE_DRAFT_KEY = 'customs-risk-lab/profile-draft';

const fields = RULE_FIELDS as readonly RuleField[] as [RuleField, ...RuleField[]];

const conditionDraftSchema = z.strictObject({
  kind: z.enum(['indicator', 'field']),
  indicator: z.string().max(10),
  negate: z.boolean(),
  field: z.enum(fields),
  op: z.enum(OPERATORS),
  valueText: z.string().max(2000),
});

const ruleDraftSchema = z.strictObject({
  id: z.string().max(40),
  isNew: z.boolean(),
  name: z.string().max(500),
  status: z.enum(['active', 'dryRun', 'disabled']),
  lane: z.enum(['none', 'yellow', 'red', 'blue']),
  scoreText: z.string().max(100),
  selectionText: z.string().max(100),
  conditions: z.array(conditionDraftSchema).max(64),
  keep: z.strictObject({ owner: z.string().max(80), validFrom: z.number(), validTo: z.number().nullable() }),
});

/** Where the profile form keeps its draft. */
export type ProfileDraftStore = DraftStore<RuleDraft>;

/** The profile form's draft store over `storage` (null: nothing is kept). */
export function createProfileDraftStore(storage: DraftStorage | null): ProfileDraftStore {
  return createDraftStore<RuleDraft>(storage, PROFILE_DRAFT_KEY, ruleDraftSchema);
}

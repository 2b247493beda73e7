import { z } from 'zod';
import { RULE_FIELDS } from '../../sim';
import { OPERATORS, type RuleDraft } from '../panel/ruleDraft';
import type { RuleField } from '../../sim';

/**
 * The profile form's unsaved draft, kept in local storage while the form is open, so that a
 * reload or a closed tab does not lose a profile being written: the form comes back as it was
 * left. Saved or cancelled, the draft is dropped. Storage may be missing, full or refused: every
 * failure is swallowed (the form still works, only without the safety net), and a stored draft
 * that is not one (edited by hand, from another version) is ignored.
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

const recordSchema = z.strictObject({ version: z.literal(1), draft: ruleDraftSchema });

/** The parts of Web Storage used here. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Where the profile form keeps its draft. */
export interface ProfileDraftStore {
  /** Keeps `draft` (the last call wins). */ save(draft: RuleDraft): void;
  /** The kept draft, or null when there is none or it is not a draft. */ load(): RuleDraft | null;
  /** Drops the kept draft (the form was saved or cancelled). */ clear(): void;
}

/** A draft store over `storage` (null: nothing is kept). */
export function createProfileDraftStore(storage: DraftStorage | null): ProfileDraftStore {
  return {
    save(draft) {
      try {
        storage?.setItem(PROFILE_DRAFT_KEY, JSON.stringify({ version: 1, draft }));
      } catch {
        // Full or refused storage: the form goes on without a kept draft.
      }
    },
    load() {
      try {
        const text = storage?.getItem(PROFILE_DRAFT_KEY) ?? null;
        if (text === null) return null;
        const parsed = recordSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data.draft : null;
      } catch {
        return null;
      }
    },
    clear() {
      try {
        storage?.removeItem(PROFILE_DRAFT_KEY);
      } catch {
        // Refused storage: nothing was kept either.
      }
    },
  };
}

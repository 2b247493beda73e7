import { z } from 'zod';
import type { TipDraft } from '../panel/tipDraft';
import { createDraftStore, type DraftStorage, type DraftStore } from './draftStore';

/**
 * What was typed in the "inject a tip" form, kept as it is typed (see draftStore.ts) with the
 * scenario it was typed for (its offices): a reload or a closed tab brings it back in that
 * scenario's form. Injected, the draft is dropped.
 */

/** Storage key of the draft. */
export const TIP_DRAFT_KEY = 'customs-risk-lab/tip-draft';

/** The tip form's inputs and the scenario they were typed for. */
export interface KeptTipDraft {
  /** Built-in scenario id. */ readonly scenarioId: string;
  /** The inputs as typed. */ readonly draft: TipDraft;
}

const text = z.string().max(500);
const keptTipSchema = z.strictObject({
  scenarioId: z.string().max(80),
  draft: z.strictObject({
    subject: z.enum(['trader', 'route', 'commodity']),
    importer: text, office: text, departure: text, hs6: text, reliability: text, leadDays: text, windowDays: text,
    action: z.enum(['target', 'profile']),
    targetCount: text, note: text,
  }),
});

/** Where the tip form keeps what is typed. */
export type TipDraftStore = DraftStore<KeptTipDraft>;

/** The tip form's draft store over `storage` (null: nothing is kept). */
export function createTipDraftStore(storage: DraftStorage | null): TipDraftStore {
  return createDraftStore<KeptTipDraft>(storage, TIP_DRAFT_KEY, keptTipSchema);
}

import { describe, expect, it } from 'vitest';
import { createProfileDraftStore, PROFILE_DRAFT_KEY } from '../../../src/ui/state/profileDraft';
import type { DraftStorage } from '../../../src/ui/state/draftStore';
import { newRuleDraft } from '../../../src/ui/panel/ruleDraft';

/** A storage in a map; `fail` makes every call throw, as a refused storage does. */
function memoryStorage(fail = false): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  const guard = (): void => { if (fail) throw new Error('storage refused'); };
  return {
    map,
    getItem: (k) => { guard(); return map.get(k) ?? null; },
    setItem: (k, v) => { guard(); map.set(k, v); },
    removeItem: (k) => { guard(); map.delete(k); },
  };
}

const draft = { ...newRuleDraft([]), name: 'Undervalued phones from the hub', scoreText: '15', conditions: [
  { kind: 'indicator' as const, indicator: 'G3', negate: false, field: 'hs6' as const, op: '=' as const, valueText: '' },
  { kind: 'field' as const, indicator: 'G1', negate: false, field: 'origin' as const, op: 'in' as const, valueText: 'CN, HK' },
] };

describe('the kept draft of the profile form', () => {
  it('gives back the draft as it was kept, and nothing once cleared', () => {
    const storage = memoryStorage();
    const store = createProfileDraftStore(storage);
    expect(store.load()).toBeNull();
    store.save(draft);
    expect(store.load()).toEqual(draft);
    store.clear();
    expect(store.load()).toBeNull();
    expect(storage.map.has(PROFILE_DRAFT_KEY)).toBe(false);
  });

  it('ignores what is not a draft: broken JSON, another version, unknown fields or values', () => {
    const storage = memoryStorage();
    const store = createProfileDraftStore(storage);
    for (const text of [
      '{not json',
      JSON.stringify({ version: 2, draft }),
      JSON.stringify({ version: 1, draft: { ...draft, lane: 'green' } }),
      JSON.stringify({ version: 1, draft: { ...draft, conditions: [{ ...draft.conditions[0], op: '~' }] } }),
      JSON.stringify({ version: 1, draft: { ...draft, extra: true } }),
      JSON.stringify({ version: 1 }),
    ]) {
      storage.map.set(PROFILE_DRAFT_KEY, text);
      expect(store.load()).toBeNull();
    }
  });

  it('never throws when storage is missing or refused', () => {
    for (const store of [createProfileDraftStore(null), createProfileDraftStore(memoryStorage(true))]) {
      expect(() => store.save(draft)).not.toThrow();
      expect(store.load()).toBeNull();
      expect(() => store.clear()).not.toThrow();
    }
  });
});

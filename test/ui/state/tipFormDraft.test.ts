import { describe, expect, it } from 'vitest';
import { createTipDraftStore, TIP_DRAFT_KEY } from '../../../src/ui/state/tipFormDraft';
import { blankTipDraft } from '../../../src/ui/panel/tipDraft';

function memoryStorage() {
  const map = new Map<string, string>();
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => { map.set(k, v); }, removeItem: (k: string) => { map.delete(k); } };
}

describe('the kept inputs of the tip form', () => {
  it('gives back what was typed with its scenario, and nothing once the tip is injected', () => {
    const storage = memoryStorage();
    const store = createTipDraftStore(storage);
    const kept = { scenarioId: 'default', draft: { ...blankTipDraft('port'), reliability: '70', note: 'a typed note' } };
    store.save(kept);
    expect(store.load()).toEqual(kept);
    store.clear();
    expect(store.load()).toBeNull();
  });

  it('ignores a stored value that is not the inputs of the form', () => {
    const storage = memoryStorage();
    const store = createTipDraftStore(storage);
    for (const draft of [
      { scenarioId: 'default', draft: { ...blankTipDraft('port'), subject: 'ship' } },
      { scenarioId: 'default', draft: { ...blankTipDraft('port'), reliability: 70 } },
      { scenarioId: 'default' },
      { draft: blankTipDraft('port') },
    ]) {
      storage.map.set(TIP_DRAFT_KEY, JSON.stringify({ version: 1, draft }));
      expect(store.load()).toBeNull();
    }
  });
});

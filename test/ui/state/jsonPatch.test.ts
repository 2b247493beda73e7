import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyJsonPatch, diffJson, jsonEqual, type Json } from '../../../src/ui/state/jsonPatch';

/** JSON values without the `__proto__` key, which the patch refuses to write on purpose. */
const json = (): fc.Arbitrary<Json> => fc.jsonValue().filter((v) => !JSON.stringify(v).includes('"__proto__"')) as fc.Arbitrary<Json>;

describe('JSON patch', () => {
  it('applying the difference of a and b to a gives b', () => {
    fc.assert(fc.property(json(), json(), (a, b) => {
      expect(jsonEqual(applyJsonPatch(a, diffJson(a, b)), b)).toBe(true);
    }), { numRuns: 300 });
  });

  it('a patch against a similar object holds only the changes', () => {
    const a = { x: 1, y: { z: [1, 2], w: 'keep' }, gone: true };
    const b = { x: 1, y: { z: [1, 3], w: 'keep' }, added: null };
    expect(diffJson(a, b)).toEqual({ $del: ['gone'], y: { z: [1, 3] }, added: null });
  });

  it('equal values give no patch, and applying none copies the base', () => {
    const a = { k: [1, { m: 2 }] };
    expect(diffJson(a, structuredClone(a))).toBeUndefined();
    const copy = applyJsonPatch(a, undefined);
    expect(copy).toEqual(a);
    expect(copy).not.toBe(a);
  });

  it('an object holding $ keys is replaced whole, not merged into the base', () => {
    const patch = diffJson({ keep: 1 }, { $ref: 'x' });
    expect(patch).toEqual({ $set: { $ref: 'x' } });
    expect(applyJsonPatch({ keep: 1 }, patch)).toEqual({ $ref: 'x' });
  });

  it('never writes __proto__ from a patch', () => {
    const out = applyJsonPatch({ a: 1 }, JSON.parse('{"__proto__": {"polluted": true}}') as Json) as Record<string, unknown>;
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });

  it('jsonEqual ignores key order but not array order', () => {
    expect(jsonEqual({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
  });
});

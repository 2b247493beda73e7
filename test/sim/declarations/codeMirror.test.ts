import { describe, expect, it } from 'vitest';
import { checkCodeMirror, checkModeMirror } from '../../../src/sim/declarations/codeMirror';
import { OFF_IPR, OFF_NONE } from '../../../src/sim/declarations/codes';

describe('checkCodeMirror', () => {
  it('accepts a copy whose members equal the codes of that prefix', () => {
    expect(() => checkCodeMirror('OFF_', { NONE: OFF_NONE, IPR: OFF_IPR })).not.toThrow();
  });

  it('names the code that differs, with both values', () => {
    expect(() => checkCodeMirror('OFF_', { NONE: OFF_NONE, IPR: OFF_IPR + 1 }))
      .toThrow(`OFF_IPR is ${OFF_IPR} in codes.ts, ${OFF_IPR + 1} in a loop's copy`);
  });

  it('rejects a member that codes.ts does not have', () => {
    expect(() => checkCodeMirror('OFF_', { SMUGGLING: 9 })).toThrow('OFF_SMUGGLING is undefined in codes.ts');
  });

  it('skips the reverse mapping of a numeric enum (value to name)', () => {
    expect(() => checkCodeMirror('OFF_', { NONE: 0, 0: 'NONE' })).not.toThrow();
  });

  it('checks a copy of the mode codes against the order of MODES', () => {
    expect(() => checkModeMirror({ Sea: 0, Express: 2 })).not.toThrow();
    expect(() => checkModeMirror({ Sea: 0, Express: 1 })).toThrow('mode Express is at 2 in MODES, 1 in a loop\'s copy');
  });
});

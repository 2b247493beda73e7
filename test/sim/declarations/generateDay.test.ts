import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinScenario } from '../../../src/sim/config/loadScenario';
import type { Scenario } from '../../../src/sim/config/schema';
import { createTraderPopulation, type TraderPopulation } from '../../../src/sim/traders/population';
import { createGeneratorContext, type GeneratorContext } from '../../../src/sim/declarations/generatorContext';
import { createDayBuffer, DAY_COLUMNS, type DayBuffer } from '../../../src/sim/declarations/dayBuffer';
import { generateDay } from '../../../src/sim/declarations/generateDay';
import { MODES, OFF_NONE } from '../../../src/sim/declarations/codes';

interface World { scenario: Scenario; pop: TraderPopulation; gen: GeneratorContext }

function world(seed: number, overrides: readonly string[] = []): World {
  const scenario = loadBuiltinScenario('default', ['traders.importers=2000', ...overrides]);
  const pop = createTraderPopulation(scenario, seed);
  return { scenario, pop, gen: createGeneratorContext(scenario, pop, seed) };
}

function generate(w: World, day: number, buf = createDayBuffer(64)): DayBuffer {
  generateDay(w.gen, buf, day);
  return buf;
}

/** Names of the columns whose first `count` values differ between two buffers. */
function differingColumns(a: DayBuffer, b: DayBuffer): string[] {
  if (a.count !== b.count) return ['count'];
  const cols = (x: DayBuffer) => x as unknown as Record<string, ArrayLike<number>>;
  return DAY_COLUMNS.filter((key) => {
    const x = cols(a)[key], y = cols(b)[key];
    for (let i = 0; i < a.count; i++) if (!Object.is(x[i], y[i])) return true;
    return false;
  });
}

describe('generateDay determinism', () => {
  it('generates the same day identically, column by column, from independently built contexts', () => {
    const a = generate(world(21), 4), b = generate(world(21), 4);
    expect(a.count).toBeGreaterThan(0);
    expect(a.day).toBe(4);
    expect(differingColumns(a, b)).toEqual([]);
  });

  it('does not depend on earlier days or on a reused, larger buffer', () => {
    const w = world(21);
    const fresh = generate(w, 4);
    const reused = createDayBuffer(64);
    for (const d of [9, 0, 30]) generateDay(w.gen, reused, d);
    generateDay(w.gen, reused, 4);
    expect(differingColumns(fresh, reused)).toEqual([]);
  });

  it('returns the same draw count for the same day, and draws at least one number per declaration', () => {
    const w = world(21);
    const buf = createDayBuffer(64);
    const first = generateDay(w.gen, buf, 6);
    expect(generateDay(w.gen, buf, 6)).toBe(first);
    expect(first).toBeGreaterThan(buf.count);
  });

  it('gives different traffic on different days and for different seeds', () => {
    const w = world(21);
    // Compare the first 50 declarations: importer and hour within the day.
    const traffic = (b: DayBuffer) => Array.from({ length: 50 }, (_, i) => `${b.importer[i]}@${(b.arrivalHour[i] - 24 * b.day).toFixed(6)}`);
    const base = traffic(generate(w, 4));
    for (const other of [generate(w, 5), generate(w, 11), generate(world(22), 4)]) {
      const same = traffic(other).filter((x, i) => x === base[i]).length;
      expect(same).toBe(0);
    }
  });
});

describe('generateDay over four weeks', () => {
  const w = world(8);
  const days: DayBuffer[] = [];
  beforeAll(() => {
    for (let d = 0; d < 28; d++) days.push(generate(w, d));
  });

  it('has a mean daily count close to the sum of daily volumes times the mean weekday factor', () => {
    // Four whole weeks: each weekday factor is used four times. Counts are Poisson: sd = sqrt(mean).
    const expected = w.scenario.offices.reduce((s, o) => s + o.dailyVolume * o.weekdayFactors.reduce((a, f) => a + f, 0) / 7, 0) * 28;
    const total = days.reduce((s, b) => s + b.count, 0);
    expect(Math.abs(total - expected)).toBeLessThan(4 * Math.sqrt(expected));
    w.scenario.offices.forEach((o, k) => {
      const officeExpected = o.dailyVolume * o.weekdayFactors.reduce((a, f) => a + f, 0) * 4;
      let n = 0;
      for (const b of days) for (let i = 0; i < b.count; i++) if (b.office[i] === k) n++;
      expect(Math.abs(n - officeExpected), o.id).toBeLessThan(4 * Math.sqrt(officeExpected));
    });
  });

  it('orders non-compliance by tier (3 > 2 > 1 > 0) and matches the importers\' propensities', () => {
    const n = [0, 0, 0, 0], offences = [0, 0, 0, 0], expected = [0, 0, 0, 0], variance = [0, 0, 0, 0];
    for (const b of days) {
      for (let i = 0; i < b.count; i++) {
        const imp = b.importer[i], t = w.pop.tier[imp], p = w.pop.propensity[imp];
        n[t]++;
        if (b.truthOffence[i] !== OFF_NONE) offences[t]++;
        expected[t] += p;
        variance[t] += p * (1 - p);
      }
    }
    const rate = offences.map((o, t) => o / n[t]);
    expect(rate[3]).toBeGreaterThan(rate[2]);
    expect(rate[2]).toBeGreaterThan(rate[1]);
    expect(rate[1]).toBeGreaterThan(rate[0]);
    // Each declaration offends with its importer's propensity: the count is a sum of Bernoullis.
    for (let t = 0; t < 4; t++) expect(Math.abs(offences[t] - expected[t]), `tier ${t}`).toBeLessThan(4 * Math.sqrt(variance[t]) + 1);
  });

  it('places every arrival within its office\'s open hours of that day', () => {
    for (const b of days) {
      for (let i = 0; i < b.count; i++) {
        const { start, end } = w.scenario.offices[b.office[i]].openHours;
        const h = b.arrivalHour[i] - b.day * 24;
        if (!(h >= start && h < end)) expect.fail(`day ${b.day} decl ${i}: hour ${h} outside ${start}-${end}`);
      }
    }
  });

  it('has no evaded revenue on compliant declarations and never a negative one', () => {
    let offending = 0, withRevenue = 0;
    for (const b of days) {
      for (let i = 0; i < b.count; i++) {
        const r = b.truthRevenue[i];
        if (!(Number.isFinite(r) && r >= 0)) expect.fail(`negative or invalid revenue ${r}`);
        if (b.truthOffence[i] === OFF_NONE && r !== 0) expect.fail(`compliant declaration with revenue ${r}`);
        if (b.truthOffence[i] !== OFF_NONE) { offending++; if (r > 0) withRevenue++; }
      }
    }
    expect(withRevenue).toBeGreaterThan(offending / 2);
  });

  it('fills declarations consistently with office and importer', () => {
    for (const b of days) {
      for (let i = 0; i < b.count; i++) {
        const mode = b.mode[i], office = w.scenario.offices[b.office[i]];
        if (MODES[mode] !== office.mode) expect.fail(`mode ${MODES[mode]} at ${office.id}`);
        if ((w.pop.modeMask[b.importer[i]] & (1 << mode)) === 0) expect.fail(`importer ${b.importer[i]} does not use ${MODES[mode]}`);
        if (b.declarant[i] < 0 || b.declarant[i] >= w.pop.declarantCount) expect.fail(`declarant ${b.declarant[i]}`);
        if ((b.parcelItems[i] > 0) !== (MODES[mode] === 'express')) expect.fail(`parcel items ${b.parcelItems[i]} in ${MODES[mode]}`);
        if (MODES[mode] !== 'sea' && b.containerType[i] !== 0) expect.fail(`container on ${MODES[mode]}`);
        if (!(b.massKg[i] > 0 && b.declaredValue[i] > 0)) expect.fail('non-positive mass or value');
      }
    }
  });
});

describe('generateDay weekday factors', () => {
  it('sends no declarations to an office on days whose factor is 0', () => {
    const w = world(3, ['offices.0.weekdayFactors=[1,1,1,1,1,0,0]', 'startWeekday=2']);
    for (let d = 0; d < 7; d++) {
      const b = generate(w, d);
      let port = 0;
      for (let i = 0; i < b.count; i++) if (b.office[i] === 0) port++;
      const weekday = (2 + d) % 7;
      if (weekday >= 5) expect(port, `day ${d}`).toBe(0);
      else expect(port, `day ${d}`).toBeGreaterThan(0);
    }
  });
});

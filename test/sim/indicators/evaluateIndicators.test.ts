import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createIndicatorContext, evaluateIndicators, evaluateIndicatorsFromDeclared } from '../../../src/sim/indicators/evaluateIndicators';
import { loadBuiltinScenario } from '../../../src/sim';
import { copyPopulation, drawPopulation } from '../../../src/sim/traders/populationCache';
import { createGeneratorContext } from '../../../src/sim/declarations/generatorContext';
import { createDayBuffer } from '../../../src/sim/declarations/dayBuffer';
import { generateDay } from '../../../src/sim/declarations/generateDay';
import { findIndicator, hasIndicator, INDICATOR_COUNT, INDICATORS } from '../../../src/sim/indicators/catalogue';
import { CONSIGNEE_COMPANY, CONSIGNEE_INDIVIDUAL, MODES } from '../../../src/sim/declarations/codes';
import type { DayBuffer } from '../../../src/sim/declarations/dayBuffer';
import { COMMODITIES } from '../../../src/sim/world/commodities';
import { COUNTRIES } from '../../../src/sim/world/countries';
import { country, dayOf, mode, plainRow, tinyWorld, type RowFields, type TinyWorld } from '../support/dayFixture';

const DAY = 500;

/** Evaluates `rows` on day DAY and returns, per row, whether indicator `id` fired. */
function fired(world: TinyWorld, rows: readonly RowFields[], id: string, ctx = createIndicatorContext(world.gen)): boolean[] {
  const buf = dayOf(DAY, rows);
  evaluateIndicators(ctx, buf);
  return rows.map((_, i) => has(buf, i, id));
}

function has(buf: DayBuffer, i: number, id: string): boolean {
  const bit = findIndicator(id);
  expect(bit, id).toBeGreaterThanOrEqual(0);
  return hasIndicator(buf.indicatorsLo, buf.indicatorsHi, i, bit);
}

/** A world whose importers 0-3 are established traders with a clean record. */
function cleanWorld(): TinyWorld {
  const world = tinyWorld();
  for (let t = 0; t < world.pop.count; t++) { world.pop.firstDay[t] = -1000; world.pop.lastOffenceDay[t] = -1; }
  return world;
}

/** An express parcel of `items` items to an individual, from China, for importer `imp`. */
function parcel(world: TinyWorld, imp: number, items = 2): RowFields {
  return { ...plainRow(world, imp), office: 2, mode: mode('express'), parcelItems: items, consigneeType: CONSIGNEE_INDIVIDUAL, origin: country('CN'), departure: country('CN'), containerType: 0 };
}

describe('evaluateIndicators on hand-made declarations', () => {
  it('fires none of the tested indicators on a plain declaration', () => {
    const world = cleanWorld();
    for (const id of ['G1', 'G2', 'G3', 'G10', 'G13', 'G14', 'G16', 'M7', 'A5', 'I2']) expect(fired(world, [plainRow(world, 0)], id), id).toEqual([false]);
  });

  it('fires G3 when the unit value is below 50 % of the reference, not at 50 % or 90 %', () => {
    const world = cleanWorld();
    const rows = [0.3, 0.9, 0.5, 0.49].map((r) => ({ ...plainRow(world, 0), unitValueRatio: r }));
    expect(fired(world, rows, 'G3')).toEqual([true, false, false, true]);
  });

  it('fires M7 only on sea declarations with a seal mismatch', () => {
    const world = cleanWorld();
    const rows = [
      { ...plainRow(world, 0), sealMismatch: 1 },
      { ...plainRow(world, 0), sealMismatch: 0 },
      { ...plainRow(world, 0), office: 1, mode: mode('air'), sealMismatch: 1 },
      { ...plainRow(world, 0), office: 3, mode: mode('land'), sealMismatch: 1 },
    ];
    expect(fired(world, rows, 'M7')).toEqual([true, false, false, false]);
  });

  it('fires A5 on express parcels of at most 3 items to an individual via a counterfeit hub', () => {
    const world = cleanWorld();
    expect(COUNTRIES[country('CN')].counterfeitHub && COUNTRIES[country('HK')].counterfeitHub).toBe(true);
    expect(COUNTRIES[country('DE')].counterfeitHub).toBe(false);
    const rows = [
      parcel(world, 0, 3),
      parcel(world, 1, 4),
      { ...parcel(world, 2), consigneeType: CONSIGNEE_COMPANY },
      { ...parcel(world, 3), origin: country('DE'), departure: country('DE') },
      { ...parcel(world, 4), origin: country('DE'), departure: country('HK') },
      { ...parcel(world, 5), office: 1, mode: mode('air') },
    ];
    expect(fired(world, rows, 'A5')).toEqual([true, false, false, false, true, false]);
  });

  it('fires G2 while an offence found in the last 365 days is on record', () => {
    const world = cleanWorld();
    world.pop.lastOffenceDay[0] = DAY - 30;
    world.pop.lastOffenceDay[1] = DAY - 400;
    world.pop.lastOffenceDay[2] = -1;
    world.pop.lastOffenceDay[3] = DAY - 365;
    expect(fired(world, [0, 1, 2, 3].map((t) => plainRow(world, t)), 'G2')).toEqual([true, false, false, true]);
  });

  it('fires G1 for importers that started trading less than 90 days ago', () => {
    const world = cleanWorld();
    world.pop.firstDay[0] = DAY - 10;
    world.pop.firstDay[1] = DAY - 89;
    world.pop.firstDay[2] = DAY - 90;
    world.pop.firstDay[3] = -500;
    expect(fired(world, [0, 1, 2, 3].map((t) => plainRow(world, t)), 'G1')).toEqual([true, true, false, false]);
  });

  it('fires A8 on every parcel of an importer with five or more today, and forgets the count next day', () => {
    const world = cleanWorld();
    const ctx = createIndicatorContext(world.gen);
    const five = [0, 0, 0, 0, 0, 1, 1, 1, 1].map((t) => parcel(world, t, 20));
    expect(fired(world, five, 'A8', ctx)).toEqual([true, true, true, true, true, false, false, false, false]);
    // Same context, a new day with four parcels for importer 0: yesterday's count must not carry over.
    expect(fired(world, five.slice(0, 4), 'A8', ctx)).toEqual([false, false, false, false]);
  });

  it('fires high-word indicators (I2 on bit >= 32) from the origin or departure', () => {
    const world = cleanWorld();
    expect(findIndicator('I2')).toBeGreaterThanOrEqual(32);
    const rows = [
      { ...plainRow(world, 0), origin: country('CN'), departure: country('CN') },
      { ...plainRow(world, 0), origin: country('DE'), departure: country('TR') },
      plainRow(world, 0),
    ];
    expect(fired(world, rows, 'I2')).toEqual([true, true, false]);
  });
});

describe('evaluateIndicators on arbitrary declarations', () => {
  const world = tinyWorld();
  const rowArb = fc.record({
    mode: fc.integer({ min: 0, max: 3 }),
    importer: fc.integer({ min: 0, max: world.pop.count - 1 }),
    declarant: fc.integer({ min: 0, max: world.pop.declarantCount - 1 }),
    commodity: fc.integer({ min: 0, max: COMMODITIES.length - 1 }),
    origin: fc.integer({ min: 0, max: COUNTRIES.length - 1 }),
    departure: fc.integer({ min: 0, max: COUNTRIES.length - 1 }),
    transshipped: fc.integer({ min: 0, max: 1 }),
    declaredValue: fc.double({ min: 0, max: 1e6, noNaN: true }),
    massKg: fc.double({ min: 0.01, max: 1e5, noNaN: true }),
    unitValueRatio: fc.double({ min: 0, max: 3, noNaN: true }),
    paymentType: fc.integer({ min: 0, max: 4 }),
    consigneeType: fc.integer({ min: 0, max: 3 }),
    descriptionClass: fc.integer({ min: 0, max: 4 }),
    preferenceClaimed: fc.integer({ min: 0, max: 1 }),
    containerType: fc.integer({ min: 0, max: 4 }),
    sealMismatch: fc.integer({ min: 0, max: 1 }),
    advanceLeadHours: fc.double({ min: -10, max: 200, noNaN: true }),
    amendments: fc.integer({ min: 0, max: 4 }),
    parcelItems: fc.integer({ min: 0, max: 40 }),
    docMismatch: fc.integer({ min: 0, max: 1 }),
    weightDeviation: fc.double({ min: 0, max: 0.5, noNaN: true }),
    freightRatio: fc.double({ min: 0, max: 1, noNaN: true }),
    newPartnerPair: fc.integer({ min: 0, max: 1 }),
    relatedParty: fc.integer({ min: 0, max: 1 }),
    newCarrier: fc.integer({ min: 0, max: 1 }),
    transit: fc.integer({ min: 0, max: 1 }),
    nearThreshold: fc.integer({ min: 0, max: 1 }),
  }).map((r): RowFields => ({ ...r, office: r.mode }));

  it('only fires indicators in the modes the catalogue lists, and sets no bit beyond the catalogue', () => {
    const ctx = createIndicatorContext(world.gen);
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 12 }), (rows) => {
        const buf = dayOf(DAY, rows);
        evaluateIndicators(ctx, buf);
        rows.forEach((row, i) => {
          expect(buf.indicatorsHi[i] >>> (INDICATOR_COUNT - 32)).toBe(0);
          INDICATORS.forEach((x, b) => {
            if (hasIndicator(buf.indicatorsLo, buf.indicatorsHi, i, b)) expect(x.modes, `${x.id} in ${MODES[row.mode!]}`).toContain(MODES[row.mode!]);
          });
        });
      }),
      { numRuns: 200 },
    );
  });

  it('gives a declaration the same indicators whatever else is in the day, apart from the per-importer A8 count', () => {
    const ctx = createIndicatorContext(world.gen);
    const a8 = findIndicator('A8');
    fc.assert(
      fc.property(rowArb, fc.array(rowArb, { maxLength: 6 }), (row, others) => {
        const alone = dayOf(DAY, [row]);
        evaluateIndicators(ctx, alone);
        const crowd = dayOf(DAY, [...others, row]);
        evaluateIndicators(ctx, crowd);
        const j = others.length;
        for (let b = 0; b < INDICATOR_COUNT; b++) {
          if (b === a8) continue;
          expect(hasIndicator(crowd.indicatorsLo, crowd.indicatorsHi, j, b)).toBe(hasIndicator(alone.indicatorsLo, alone.indicatorsHi, 0, b));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('evaluateIndicatorsFromDeclared (a restored day: declared bits kept, history added)', () => {
  const scenario = loadBuiltinScenario('default', ['traders.importers=400', 'traders.declarants=30']);
  for (const office of scenario.offices) office.dailyVolume /= 10;

  it('gives what a full evaluation gives, whatever the history and for re-written declarations listed as fresh', () => {
    const drawn = drawPopulation(scenario, 4);
    fc.assert(fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 2 ** 30 }), (day, step, salt) => {
      const pop = copyPopulation(drawn.pristine);
      const gen = createGeneratorContext(scenario, pop, 4, drawn.importerPicks);
      const ctx = createIndicatorContext(gen);
      const b = createDayBuffer(64);
      generateDay(gen, b, day);
      const declaredLo = new Uint32Array(b.count), declaredHi = new Uint32Array(b.count);
      evaluateIndicators(ctx, b, declaredLo, declaredHi);
      // The history moves: records, AEO status and broker offences; some declarations are re-written.
      for (let t = salt % step; t < pop.count; t += step) {
        pop.lastOffenceDay[t] = day - ((t * 37 + salt) % 500);
        pop.aeo[t] = 1 - pop.aeo[t];
      }
      for (let d = 0; d < pop.declarantCount; d += step) { pop.declarantDeclarations[d] += 50; pop.declarantOffences[d] += 3 + (salt % 5); }
      const fresh: number[] = [];
      for (let i = salt % step; i < b.count; i += step * 3) {
        b.newCarrier[i] = 1 - b.newCarrier[i];
        b.declarant[i] = (b.declarant[i] + 1) % pop.declarantCount;
        fresh.push(i);
      }
      evaluateIndicators(ctx, b);
      const fullLo = b.indicatorsLo.slice(0, b.count), fullHi = b.indicatorsHi.slice(0, b.count);
      b.indicatorsLo.fill(0);
      b.indicatorsHi.fill(0);
      evaluateIndicatorsFromDeclared(ctx, b, declaredLo, declaredHi, Int32Array.from(fresh), fresh.length);
      expect(Array.from(b.indicatorsLo.subarray(0, b.count))).toEqual(Array.from(fullLo));
      expect(Array.from(b.indicatorsHi.subarray(0, b.count))).toEqual(Array.from(fullHi));
    }), { numRuns: 25 });
  });
});

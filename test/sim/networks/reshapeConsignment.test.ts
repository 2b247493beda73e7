import { describe, expect, it } from 'vitest';
import { country, dayOf, mode, plainRow, tinyWorld } from '../support/dayFixture';
import { applyConcealment, moveToOffice, setCover, setRoute } from '../../../src/sim/networks/reshapeConsignment';
import { HUBS } from '../../../src/sim/networks/networkOptions';
import { MODE_MASS_SCALE } from '../../../src/sim/declarations/generatorContext';
import { findCommodity } from '../../../src/sim/world/commodities';
import { DESC_VAGUE } from '../../../src/sim/declarations/codes';

const world = tinyWorld();
const PORT = 0, EXPRESS_HUB = 2, BORDER = 3;

describe('reshaping a smuggling consignment', () => {
  it('moves it to another office with the fields of the new mode', () => {
    const row = { ...plainRow(world, 3), arrivalHour: 5 * 24 + 14, sealMismatch: 1, truthRevenue: 1000 };
    const b = dayOf(5, [row]);
    moveToOffice(world.gen, b, 0, EXPRESS_HUB, 0.5);
    expect(b.office[0]).toBe(EXPRESS_HUB);
    expect(b.mode[0]).toBe(mode('express'));
    const open = world.scenario.offices[EXPRESS_HUB].openHours;
    expect(b.arrivalHour[0]).toBeGreaterThanOrEqual(5 * 24 + open.start);
    expect(b.arrivalHour[0]).toBeLessThan(5 * 24 + open.end);
    const scale = MODE_MASS_SCALE[mode('express')] / MODE_MASS_SCALE[mode('sea')];
    expect(b.massKg[0]).toBeCloseTo(row.massKg! * scale, 3);
    expect(b.truthRevenue[0]).toBeCloseTo(1000 * scale, 6);
    expect(b.containerType[0]).toBe(0);
    expect(b.sealMismatch[0]).toBe(0);
    expect(b.parcelItems[0]).toBeGreaterThanOrEqual(1);
    expect(b.quantity[0]).toBe(b.parcelItems[0]);
    // Filed 48 h ahead by sea (on time): still on time in the express window of 2-24 h.
    expect(b.advanceLeadHours[0]).toBeGreaterThanOrEqual(2);
  });

  it('keeps everything when the office is the same one', () => {
    const b = dayOf(0, [{ ...plainRow(world, 3), arrivalHour: 10 }]);
    const before = [b.arrivalHour[0], b.massKg[0], b.declaredValue[0]];
    moveToOffice(world.gen, b, 0, PORT, 0.5);
    expect([b.arrivalHour[0], b.massKg[0], b.declaredValue[0]]).toEqual(before);
  });

  it('routes direct from the origin, or via a hub with transshipment (sea) or transit (land)', () => {
    const b = dayOf(0, [{ ...plainRow(world, 3), departure: country('CO'), transshipped: 1 }, { ...plainRow(world, 4), office: BORDER, mode: mode('land') }]);
    setRoute(b, 0, 0);
    expect(b.departure[0]).toBe(b.origin[0]);
    expect(b.transshipped[0]).toBe(0);
    setRoute(b, 0, 2);
    expect(b.departure[0]).toBe(HUBS[1]);
    expect(b.transshipped[0]).toBe(1);
    setRoute(b, 1, 1);
    expect(b.departure[1]).toBe(HUBS[0]);
    expect(b.transit[1]).toBe(1);
  });

  it('declares other goods at the same position against their reference price', () => {
    const b = dayOf(0, [{ ...plainRow(world, 3), unitValueRatio: 0.4, truthRevenue: 500 }]);
    const bananas = findCommodity('080390');
    const oldValue = b.declaredValue[0];
    setCover(world.gen, b, 0, bananas);
    expect(b.commodity[0]).toBe(bananas);
    expect(b.declaredValue[0] / b.massKg[0] / world.gen.refPrice[bananas]).toBeCloseTo(0.4, 5);
    expect(b.truthRevenue[0]).toBeCloseTo((500 * b.declaredValue[0]) / oldValue, 6);
  });

  it('leaves the traces of the concealment method, and only those', () => {
    const b = dayOf(0, [{ ...plainRow(world, 3), docMismatch: 1, descriptionClass: DESC_VAGUE }]);
    // A false compartment (code 1) with every draw low: every trace it can leave appears.
    applyConcealment(b, 0, 1, Float64Array.of(0, 0, 0, 0, 0, 0.5), 0);
    expect(b.truthConcealment[0]).toBe(1);
    expect(b.weightDeviation[0]).toBeGreaterThan(0.1);
    expect(b.sealMismatch[0]).toBe(1);
    // Every draw high: no trace at all, and the generator's vague description and document mismatch are gone.
    applyConcealment(b, 0, 1, Float64Array.of(0.99, 0.99, 0.99, 0.99, 0.99, 0.5), 0);
    expect(b.weightDeviation[0]).toBeLessThan(0.1);
    expect(b.sealMismatch[0]).toBe(0);
    expect(b.docMismatch[0]).toBe(0);
    expect(b.descriptionClass[0]).not.toBe(DESC_VAGUE);
    // Small-parcel structuring leaves values just below the threshold, which sea freight cannot show.
    applyConcealment(b, 0, 5, Float64Array.of(0.99, 0.99, 0.99, 0.99, 0, 0.5), 0);
    expect(b.nearThreshold[0]).toBe(0);
  });
});

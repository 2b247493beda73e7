import { describe, expect, it } from 'vitest';
import { routeOf } from '../../../src/ui/view/route';

describe('routeOf', () => {
  it('releases green consignments straight to the exit', () => {
    expect(routeOf({ lane: 'green', outcome: 'released', reasons: [] }, 'scan')).toEqual({ stations: [], holds: false });
  });
  it('sends yellow ones to the documentary officers, holding pending ones there', () => {
    expect(routeOf({ lane: 'yellow', outcome: 'clean', reasons: ['targeted'] }, 'scan')).toEqual({ stations: ['documentary'], holds: false });
    expect(routeOf({ lane: 'yellow', outcome: 'pending', reasons: ['targeted'] }, 'scan').holds).toBe(true);
  });
  it('screens targeted red ones first; hits go on to examination', () => {
    expect(routeOf({ lane: 'red', outcome: 'hit', reasons: ['targeted'] }, 'dog').stations).toEqual(['dog', 'physical']);
    expect(routeOf({ lane: 'red', outcome: 'clean', reasons: ['targeted'] }, 'scan').stations).toEqual(['scan']);
    expect(routeOf({ lane: 'red', outcome: 'pending', reasons: ['targeted'] }, 'scan')).toEqual({ stations: ['scan'], holds: true });
  });
  it('examines random and intelligence-led selections and offices without screening directly', () => {
    expect(routeOf({ lane: 'red', outcome: 'clean', reasons: ['targeted', 'random'] }, 'scan').stations).toEqual(['physical']);
    expect(routeOf({ lane: 'red', outcome: 'clean', reasons: ['intelligence'] }, 'dog').stations).toEqual(['physical']);
    expect(routeOf({ lane: 'red', outcome: 'hit', reasons: ['targeted'] }, 'none').stations).toEqual(['physical']);
  });
  it('releases blue ones into the audit backlog', () => {
    expect(routeOf({ lane: 'blue', outcome: 'released', reasons: ['targeted'] }, 'scan')).toEqual({ stations: ['audit'], holds: true });
  });
});

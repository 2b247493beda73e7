/**
 * The paths of one day's sampled consignments through the administration, as typed arrays built
 * once per day (`planDay`) and read every frame (`evaluateDayPlan`) without allocating.
 *
 * Each consignment appears at its office's arrivals gate at its arrival hour, goes through the
 * targeting node into its lane row, waits in the crowd in front of each station on its route and
 * ends in the lane's exit cluster — or, still pending (or blue, awaiting audit), in the crowd of
 * the station that holds it. Exit clusters have a fixed number of slots; consignments beyond it
 * are folded into a per-group count once they arrive (the eye cannot follow more).
 */
import type { ConsignmentView } from '../../sim';
import type { Point } from './geometry';
import type { FlowTiming } from './flowTiming';
import type { OfficeLayout, AdministrationLayout } from './officeLayout';
import type { ScreeningKind } from './screeningKind';
import { hashUnit } from './flowTiming';
import { glyphIndexOf } from './consignmentGlyph';
import { SLOT_SPACING, STATIONS } from './officeLayout';
import { laneIndexOf } from './palette';
import { slotCapacity, slotGrid, slotX, slotY, type SlotGrid } from './slotGrid';
import { routeOf } from './route';

/** Most waypoints of one path (gate, targeting, row, two stations x arrive/leave, exit). */
export const MAX_WAYPOINTS = 8;
/** Floats per consignment in `DayPlan.wp`: MAX_WAYPOINTS x (hour, x, y). */
export const WAYPOINT_STRIDE = MAX_WAYPOINTS * 3;
/** Hours in the animated day. */
export const DAY_HOURS = 24;

/** One day's paths; arrays may be longer than `count` (reused between days). */
export interface DayPlan {
  /** Consignments planned. */ count: number;
  /** Waypoints, WAYPOINT_STRIDE floats per consignment: (hour since day start, world x, world y) each. */ wp: Float32Array;
  /** Waypoints used per consignment (1 to MAX_WAYPOINTS). */ wpCount: Uint8Array;
  /** Hour after which the consignment is folded into its group's count (Infinity: never). */ foldAt: Float32Array;
  /** Group = office x 4 + lane index; exit counts are kept per group. */ group: Uint16Array;
  /** Glyph index (GLYPHS order). */ glyph: Uint8Array;
  /** Lane index (VIEW_LANES order). */ lane: Uint8Array;
  /** Number of groups (offices x 4). */ groups: number;
}

/** An empty plan; `planDay` grows its arrays as needed. */
export function createDayPlan(): DayPlan {
  return { count: 0, wp: new Float32Array(0), wpCount: new Uint8Array(0), foldAt: new Float32Array(0), group: new Uint16Array(0), glyph: new Uint8Array(0), lane: new Uint8Array(0), groups: 0 };
}

function ensureCapacity(plan: DayPlan, n: number): void {
  if (plan.wpCount.length >= n) return;
  const cap = Math.max(n, plan.wpCount.length * 2);
  plan.wp = new Float32Array(cap * WAYPOINT_STRIDE);
  plan.wpCount = new Uint8Array(cap);
  plan.foldAt = new Float32Array(cap);
  plan.group = new Uint16Array(cap);
  plan.glyph = new Uint8Array(cap);
  plan.lane = new Uint8Array(cap);
}

interface OfficeGrids { readonly exits: SlotGrid[]; readonly crowds: SlotGrid[] }

function gridsOf(o: OfficeLayout): OfficeGrids {
  return {
    exits: o.lanes.map((l) => slotGrid(l.exit, SLOT_SPACING, 'rows')),
    crowds: STATIONS.map((k) => slotGrid(o.stations[k].crowd, SLOT_SPACING, 'columnsFromRight')),
  };
}

/** Inputs of `planDay` besides the sample. */
export interface PlanContext {
  /** Layout of the administration. */ readonly layout: AdministrationLayout;
  /** Flow timing of the day. */ readonly timing: FlowTiming;
  /** Red screening per office. */ readonly screening: readonly ScreeningKind[];
  /** First hour of the day, hours since run start ((day - 1) x 24). */ readonly dayStart: number;
}

/** Fills `plan` with the paths of `sample` (in place; the plan's arrays are reused). */
export function planDay(plan: DayPlan, sample: readonly ConsignmentView[], ctx: PlanContext): void {
  const offices = ctx.layout.offices;
  const n = sample.length;
  ensureCapacity(plan, n);
  plan.count = n;
  plan.groups = offices.length * 4;
  const grids = offices.map(gridsOf);
  const exitUsed = new Int32Array(plan.groups), crowdUsed = new Int32Array(offices.length * STATIONS.length);
  // Slots are handed out in arrival order, so clusters fill in the order consignments arrive.
  const hours = new Float64Array(n);
  for (let i = 0; i < n; i++) hours[i] = sample[i].arrivalHour;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => hours[a] - hours[b] || a - b);
  const wp = plan.wp, t = ctx.timing;
  for (let q = 0; q < n; q++) {
    const i = order[q], c = sample[i];
    const office = Math.min(Math.max(0, c.office), offices.length - 1);
    const o = offices[office], g = grids[office];
    const lane = laneIndexOf(c.lane);
    const route = routeOf(c, ctx.screening[office] ?? 'none');
    const stops = route.stations.length;
    const arrival = Math.min(DAY_HOURS, Math.max(0, c.arrivalHour - ctx.dayStart));
    const base = i * WAYPOINT_STRIDE;
    // Waypoint times are written as cumulative hours from arrival, then squeezed into the day.
    let m = putWaypoint(wp, base, 0, arrival, o.entry.x, o.entry.y + (hashUnit(c.id, 1) - 0.5) * 48);
    m = putWaypoint(wp, base, m, arrival + t.toTargeting, o.targeting.x, o.targeting.y);
    const row = o.lanes[lane];
    m = putWaypoint(wp, base, m, wp[base + (m - 1) * 3] + t.toRow, row.start.x, row.start.y + (hashUnit(c.id, 2) - 0.5) * 12);
    const fixed = t.toTargeting + t.toRow + t.move * (stops + 1);
    const trip = t.total[row.lane] * (0.6 + 0.8 * hashUnit(c.id, 3));
    const dwell = stops ? Math.max(0.25, (trip - fixed) / stops) : 0;
    for (let k = 0; k < stops; k++) {
      const s = STATIONS.indexOf(route.stations[k]), grid = g.crowds[s];
      const slot = crowdUsed[office * STATIONS.length + s]++;
      const x = slotX(grid, slot), y = slotY(grid, slot);
      m = putWaypoint(wp, base, m, wp[base + (m - 1) * 3] + t.move, x, y);
      if (!(route.holds && k === stops - 1)) m = putWaypoint(wp, base, m, wp[base + (m - 1) * 3] + dwell, x, y);
    }
    let fold = false;
    if (!route.holds) {
      const grid = g.exits[lane], slot = exitUsed[office * 4 + lane]++;
      m = putWaypoint(wp, base, m, wp[base + (m - 1) * 3] + t.move, slotX(grid, slot), slotY(grid, slot));
      fold = slot >= slotCapacity(grid);
    }
    // Late arrivals travel faster so that every trip ends within the day.
    const end = wp[base + (m - 1) * 3];
    if (end > DAY_HOURS) {
      const squeeze = (DAY_HOURS - arrival) / (end - arrival);
      for (let k = 1; k < m; k++) wp[base + k * 3] = arrival + (wp[base + k * 3] - arrival) * squeeze;
    }
    plan.wpCount[i] = m;
    plan.foldAt[i] = fold ? wp[base + (m - 1) * 3] : Infinity;
    plan.group[i] = office * 4 + lane;
    plan.glyph[i] = glyphIndexOf(c);
    plan.lane[i] = lane;
  }
}

/** Writes waypoint `m` (hour, x, y) of the path at `base`; returns the next waypoint number. */
function putWaypoint(wp: Float32Array, base: number, m: number, hour: number, x: number, y: number): number {
  const at = base + m * 3;
  wp[at] = hour; wp[at + 1] = x; wp[at + 2] = y;
  return m + 1;
}

/**
 * Positions at `hour` (hours since day start) into `xs`/`ys`; `visible[i]` is 0 before arrival and
 * once folded; `folded[group]` counts folded consignments. Allocation-free; O(count x waypoints).
 */
export function evaluateDayPlan(plan: DayPlan, hour: number, xs: Float32Array, ys: Float32Array, visible: Uint8Array, folded: Int32Array): void {
  folded.fill(0, 0, plan.groups);
  const wp = plan.wp;
  for (let i = 0; i < plan.count; i++) {
    const base = i * WAYPOINT_STRIDE, m = plan.wpCount[i];
    if (hour < wp[base]) { visible[i] = 0; continue; }
    if (hour >= plan.foldAt[i]) { visible[i] = 0; folded[plan.group[i]]++; continue; }
    visible[i] = 1;
    let k = 1;
    while (k < m && wp[base + k * 3] <= hour) k++;
    const b = base + (k - 1) * 3;
    if (k >= m) { xs[i] = wp[b + 1]; ys[i] = wp[b + 2]; continue; }
    const t0 = wp[b], t1 = wp[b + 3];
    const f = t1 > t0 ? (hour - t0) / (t1 - t0) : 1;
    xs[i] = wp[b + 1] + (wp[b + 4] - wp[b + 1]) * f;
    ys[i] = wp[b + 2] + (wp[b + 5] - wp[b + 2]) * f;
  }
}

/** Final position of consignment `i` (its last waypoint). */
export function finalPosition(plan: DayPlan, i: number): Point {
  const b = i * WAYPOINT_STRIDE + (plan.wpCount[i] - 1) * 3;
  return { x: plan.wp[b + 1], y: plan.wp[b + 2] };
}

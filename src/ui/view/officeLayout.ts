/**
 * Where things are inside an office region: the header, the arrivals gate, the targeting node,
 * one horizontal row per lane, the resource stations with the crowd that waits in front of each,
 * and the exit cluster where finished consignments collect. Pure: world coordinates only.
 *
 *   Arrivals → Targeting ─┬─ green  ─────────────────────────────── released ▸ exit cluster
 *                         ├─ yellow ─ crowd [documentary] ───────── exit cluster
 *                         ├─ red    ─ crowd [scan] / crowd [dog] ─ crowd [examination] ─ exit cluster
 *                         └─ blue   ─────────────────── crowd [audit] (released, audit backlog)
 */
import type { LaneName, OfficeView } from '../../sim';
import type { Point, Rect } from './geometry';
import { layoutRegions } from './regionGrid';
import { VIEW_LANES } from './palette';

/** Size of one office region, world units. */
export const OFFICE_WIDTH = 700;
/** Height of one office region, world units. */
export const OFFICE_HEIGHT = 444;
/** Gap between office regions, world units. */
export const OFFICE_GAP = 32;
/** Spacing of consignment glyphs in crowds and exit clusters, world units. */
export const SLOT_SPACING = 9;

/** Resource stations drawn in an office (the scan station also holds the image analysts). */
export const STATIONS = ['documentary', 'scan', 'dog', 'physical', 'audit'] as const;
/** A station name. */
export type StationKind = (typeof STATIONS)[number];

/** One resource station: its box (units and counts) and the crowd area in front of it. */
export interface StationLayout {
  /** Station kind. */ readonly kind: StationKind;
  /** Lane whose consignments it serves. */ readonly lane: LaneName;
  /** Box with the title, unit figures and status. */ readonly box: Rect;
  /** Where consignments wait (queue and service), filled from the box side outwards. */ readonly crowd: Rect;
}

/** One lane row of an office. */
export interface LaneRowLayout {
  /** Lane. */ readonly lane: LaneName;
  /** The row band. */ readonly row: Rect;
  /** Top-left of the lane label. */ readonly label: Point;
  /** Where consignments enter the row from the targeting node. */ readonly start: Point;
  /** Where finished consignments collect (released or cleared). */ readonly exit: Rect;
}

/** Everything placed in one office region. */
export interface OfficeLayout {
  /** Office index in the snapshot. */ readonly index: number;
  /** The region. */ readonly region: Rect;
  /** Box of the mode icon. */ readonly modeIcon: Rect;
  /** Top-left of the office name; the subtitle goes 22 units below. */ readonly title: Point;
  /** Arrivals gate. */ readonly entry: Point;
  /** Targeting (risk engine) node. */ readonly targeting: Point;
  /** Lane rows in `VIEW_LANES` order. */ readonly lanes: readonly LaneRowLayout[];
  /** Stations by kind. */ readonly stations: Readonly<Record<StationKind, StationLayout>>;
}

/** The whole administration: one layout per office and the bounds of them all. */
export interface AdministrationLayout {
  /** Offices in snapshot order. */ readonly offices: readonly OfficeLayout[];
  /** Bounds of all regions. */ readonly bounds: Rect;
}

const LANE_TOP = 50;
// The red row holds two stations of two figure rows and two status lines each (the second: on the way).
const ROW_HEIGHTS: Readonly<Record<LaneName, number>> = { green: 70, yellow: 80, red: 166, blue: 74 };
const ROW_X = 110, ROW_END = 692;
// Columns: label zone, then station 1 (crowd + box), station 2 (crowd + box), exit cluster.
const S1_CROWD = 200, S1_BOX = 258, S1_BOX_W = 132;
const S2_CROWD = 396, S2_BOX = 454, S2_BOX_W = 122;
const CROWD_W = 54, EXIT_X = 584, EXIT_W = 104;

function station(kind: StationKind, lane: LaneName, row: Rect, column: 1 | 2, top: number, height: number): StationLayout {
  const y = row.y + top;
  const [crowdX, boxX, boxW] = column === 1 ? [S1_CROWD, S1_BOX, S1_BOX_W] : [S2_CROWD, S2_BOX, S2_BOX_W];
  return {
    kind, lane,
    box: { x: row.x - ROW_X + boxX, y, width: boxW, height },
    crowd: { x: row.x - ROW_X + crowdX, y: y + 2, width: CROWD_W, height: height - 4 },
  };
}

/** Lays out one office in the region `region`. */
export function layoutOffice(index: number, region: Rect): OfficeLayout {
  const ox = region.x, oy = region.y;
  const lanes: LaneRowLayout[] = [];
  let y = oy + LANE_TOP;
  for (const lane of VIEW_LANES) {
    const h = ROW_HEIGHTS[lane];
    const row = { x: ox + ROW_X, y, width: ROW_END - ROW_X, height: h };
    lanes.push({
      lane, row,
      label: { x: row.x + 6, y: y + 5 },
      start: { x: row.x + 4, y: y + Math.round(h * 0.62) },
      exit: { x: ox + EXIT_X, y: y + 20, width: EXIT_W, height: h - 24 },
    });
    y += h;
  }
  const [, yellow, red, blue] = lanes;
  const half = (red.row.height - 12) / 2;
  const stations: Record<StationKind, StationLayout> = {
    documentary: station('documentary', 'yellow', yellow.row, 1, 4, yellow.row.height - 8),
    scan: station('scan', 'red', red.row, 1, 4, half),
    dog: station('dog', 'red', red.row, 1, 8 + half, half),
    physical: station('physical', 'red', red.row, 2, 4, red.row.height - 8),
    audit: station('audit', 'blue', blue.row, 2, 4, blue.row.height - 8),
  };
  const midY = (oy + LANE_TOP + y) / 2;
  return {
    index, region,
    modeIcon: { x: ox + 10, y: oy + 8, width: 32, height: 30 },
    title: { x: ox + 50, y: oy + 5 },
    entry: { x: ox + 26, y: midY },
    targeting: { x: ox + 78, y: midY },
    lanes, stations,
  };
}

/** Lays out every office of the snapshot on the region grid. */
export function layoutAdministration(officeCount: number): AdministrationLayout {
  const { regions, bounds } = layoutRegions(officeCount, OFFICE_WIDTH, OFFICE_HEIGHT, OFFICE_GAP);
  return { offices: regions.map((r, i) => layoutOffice(i, r)), bounds };
}

/** A key that changes when the set of offices (ids, names, modes) changes, so the scene is rebuilt. */
export function officesSignature(offices: readonly Pick<OfficeView, 'id' | 'name' | 'mode'>[]): string {
  return offices.map((o) => `${o.id}\u0001${o.name}\u0001${o.mode}`).join('\u0002');
}

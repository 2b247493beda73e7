/**
 * The static drawing of an office region (Pixi v8 Graphics, drawn once per layout): frame and
 * header rule, lane bands with a colour edge, the arrivals gate, the targeting node and its fan of
 * routes into the lanes, station boxes and the crowd areas in front of them, exit clusters.
 */
import type { Graphics } from 'pixi.js';
import type { OfficeLayout } from './officeLayout';
import { STATIONS } from './officeLayout';
import { INK, LANE_COLOURS } from './palette';

/** Draws `office` into `g` (which is cleared first). */
export function drawOfficeBackdrop(g: Graphics, office: OfficeLayout): void {
  const r = office.region;
  g.clear();
  g.roundRect(r.x, r.y, r.width, r.height, 8).fill(INK.paper).stroke({ width: 1.5, color: INK.line });
  g.moveTo(r.x + 8, r.y + 44).lineTo(r.x + r.width - 8, r.y + 44).stroke({ width: 1, color: INK.line });

  for (const lane of office.lanes) {
    const row = lane.row, colour = LANE_COLOURS[lane.lane];
    g.rect(row.x, row.y + 1, row.width, row.height - 2).fill({ color: colour, alpha: 0.07 });
    g.rect(row.x, row.y + 1, 4, row.height - 2).fill(colour);
    const e = lane.exit;
    if (lane.lane !== 'blue') g.roundRect(e.x - 3, e.y - 3, e.width + 6, e.height + 6, 4).stroke({ width: 1, color: INK.line });
    // Route from the targeting node into the lane.
    g.moveTo(office.targeting.x, office.targeting.y).lineTo(lane.start.x - 4, lane.start.y).stroke({ width: 1.5, color: colour, alpha: 0.6 });
  }

  for (const kind of STATIONS) {
    const s = office.stations[kind], colour = LANE_COLOURS[s.lane];
    g.roundRect(s.crowd.x, s.crowd.y, s.crowd.width, s.crowd.height, 4).fill({ color: colour, alpha: 0.1 });
    g.roundRect(s.box.x, s.box.y, s.box.width, s.box.height, 5).fill(INK.paper).stroke({ width: 1.5, color: colour === LANE_COLOURS.yellow ? 0xb8ab00 : colour });
  }

  // Arrivals gate and the line to the targeting node.
  const { entry, targeting } = office;
  g.roundRect(entry.x - 3, entry.y - 30, 6, 60, 3).fill(INK.muted);
  g.moveTo(entry.x + 4, entry.y).lineTo(targeting.x - 9, targeting.y).stroke({ width: 1.5, color: INK.muted });
  g.poly([targeting.x, targeting.y - 9, targeting.x + 9, targeting.y, targeting.x, targeting.y + 9, targeting.x - 9, targeting.y], true).fill(INK.text);
}

/**
 * The small figures of a station, one per unit on duty: how many to draw, how many of them are
 * busy (utilisation x units, rounded) and how many more there are than fit.
 */
import type { QueueView } from '../../sim';

/** Figures of one resource. */
export interface UnitFigures {
  /** Figures drawn. */ readonly shown: number;
  /** Drawn figures highlighted as busy (the first ones). */ readonly busy: number;
  /** Units not drawn (shown as "+n"). */ readonly extra: number;
}

/** Figures for a queue when at most `maxFigures` fit (one slot is kept for the "+n" when they do not). */
export function unitFigures(q: Pick<QueueView, 'units' | 'utilisation'>, maxFigures: number): UnitFigures {
  const units = Math.max(0, Math.round(q.units));
  const util = Number.isFinite(q.utilisation) ? Math.min(1, Math.max(0, q.utilisation)) : 0;
  const busyUnits = Math.round(util * units);
  const shown = units <= maxFigures ? units : Math.max(0, maxFigures - 1);
  return { shown, busy: Math.min(shown, busyUnits), extra: units - shown };
}

/**
 * Status line of a station from its resources' queues: "56% busy · 8 waiting", or for the scan
 * station (scanners and image analysts) "17/53% busy · 1 waiting" (short enough for its box);
 * waiting counts are summed. Consignments still on their way (handling before the inspection, or
 * an earlier stage) get a second line, "+27 on the way", when there are any.
 */
export function stationStatus(queues: readonly Pick<QueueView, 'units' | 'utilisation' | 'waiting' | 'arriving'>[]): string {
  const waiting = queues.reduce((sum, q) => sum + q.waiting, 0);
  const arriving = queues.reduce((sum, q) => sum + q.arriving, 0);
  const coming = arriving > 0 ? `\n+${arriving} on the way` : '';
  if (queues.every((q) => q.units <= 0)) return `none on duty · ${waiting} waiting${coming}`;
  const busy = queues.map((q) => `${Number.isFinite(q.utilisation) ? Math.round(Math.min(1, Math.max(0, q.utilisation)) * 100) : 0}`).join('/');
  return `${busy}% busy · ${waiting} waiting${coming}`;
}

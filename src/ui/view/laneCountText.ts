/**
 * The counts under a lane's name in an office: declarations sent to it on the last day, what its
 * first resource could start (capacity), and for the inspected lanes how long the day's releases
 * took on average, e.g. "99 today\ncapacity 1,760\nreleased in 34 h".
 */
import { formatCount, formatHours } from '../format';

/** The lane's count lines; `capacity` 0 and `hours` null leave their lines out. */
export function laneCountText(count: number, capacity: number, hours: number | null): string {
  const lines = [`${formatCount(count)} today`];
  if (capacity > 0) lines.push(`capacity ${formatCount(capacity)}`);
  if (hours !== null && Number.isFinite(hours)) lines.push(`released in ${formatHours(hours)}`);
  return lines.join('\n');
}

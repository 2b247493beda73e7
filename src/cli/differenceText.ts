import type { ReplicateStat } from './summariseReplicates';

/**
 * The two differences a policy comparison is read by first, as text: detection rate in percentage
 * points and trade-delay cost in million USD, each with its 95 % interval, e.g.
 * "detection rate -1.50 pp (95 % interval -1.80 to -1.20 pp), trade delay cost +5.86 M USD (...)".
 * A KPI without a mean is left out; empty when both are.
 */
export function describeDifference(difference: Readonly<Record<string, ReplicateStat>>): string {
  const d = difference['detectionRate'], delay = difference['delayCost'];
  const parts: string[] = [];
  if (d?.mean != null) parts.push(`detection rate ${signed(100 * d.mean, ' pp')}${interval(d, 100, ' pp')}`);
  if (delay?.mean != null) parts.push(`trade delay cost ${signed(delay.mean / 1e6, ' M USD')}${interval(delay, 1e-6, ' M USD')}`);
  return parts.join(', ');
}

const signed = (x: number, unit: string): string => `${x >= 0 ? '+' : ''}${x.toFixed(2)}${unit}`;
const interval = (s: ReplicateStat, scale: number, unit: string): string =>
  s.low === null || s.high === null ? '' : ` (95 % interval ${signed(s.low * scale, '')} to ${signed(s.high * scale, unit)})`;

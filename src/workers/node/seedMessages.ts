import type { Kpis } from '../../sim';
import type { SeedPlan } from '../seedTask';

/** What a seed worker is started with. */
export interface SeedWorkerData {
  /** The plan whose seeds it will be sent. */ readonly plan: SeedPlan;
  /** Whether to reply after every simulated day. */ readonly progress: boolean;
}

/** A worker's reply: a day simulated, a seed's KPIs (by its index in the plan), or a failure. */
export type WorkerReply =
  | { readonly kind: 'day' }
  | { readonly kind: 'done'; readonly index: number; readonly kpis: Kpis[] }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Checks a message from a worker before it is used (the boundary between threads): a reply of a
 * known kind, a seed index the plan has, one KPI record per scenario.
 */
export function checkReply(message: unknown, seeds: number, scenarios: number): WorkerReply {
  const m = message as Partial<Record<string, unknown>> | null;
  if (m !== null && typeof m === 'object') {
    if (m.kind === 'day') return { kind: 'day' };
    if (m.kind === 'failed' && typeof m.message === 'string') return { kind: 'failed', message: m.message };
    if (m.kind === 'done' && Number.isInteger(m.index) && (m.index as number) >= 0 && (m.index as number) < seeds
      && Array.isArray(m.kpis) && m.kpis.length === scenarios && m.kpis.every((k) => k !== null && typeof k === 'object')) {
      return { kind: 'done', index: m.index as number, kpis: m.kpis as Kpis[] };
    }
  }
  return { kind: 'failed', message: `unexpected message from a seed worker: ${JSON.stringify(message)?.slice(0, 200)}` };
}

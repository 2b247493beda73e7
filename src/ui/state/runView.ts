import type { RunResult } from '../../workers/runMessages';
import type { RunSpec } from '../../workers/runSpec';
import type { RunSnapshot } from './runSession';
import { AUTO_RESTART_DELAY_MS, MAX_AUTO_RESTARTS } from './runMachine';

/**
 * What the run is doing, for the page: loading (first answer pending), recomputing (a change is
 * being simulated), paused, playing, stepping, finished (horizon reached) or failed (worker down).
 */
export type RunPhase = 'loading' | 'recomputing' | 'paused' | 'playing' | 'stepping' | 'finished' | 'failed';

/** Everything the page shows about the run, derived from a machine snapshot. */
export interface RunView {
  /** The phase. */ readonly phase: RunPhase;
  /** The spec in force. */ readonly spec: RunSpec;
  /** The run shown (null until the first answer). */ readonly current: RunResult | null;
  /** The previous run, for comparison. */ readonly baseline: RunResult | null;
  /** Days completed in the run shown. */ readonly day: number;
  /** Horizon, days. */ readonly horizon: number;
  /** Play speed, days per second. */ readonly speed: number;
  /** Play will continue (also while recomputing). */ readonly playing: boolean;
  /** Play is possible now. */ readonly canPlay: boolean;
  /** Step is possible now. */ readonly canStep: boolean;
  /** A worker call is in progress. */ readonly busy: boolean;
  /** Last refused request. */ readonly error: string | null;
  /** Why the worker stopped. */ readonly fatal: string | null;
  /** An automatic restart is scheduled (in milliseconds), or null when the user must restart. */ readonly autoRestartMs: number | null;
}

/** The view of a run-machine snapshot. */
export function runViewOf(s: RunSnapshot): RunView {
  const c = s.context;
  const current = c.current;
  const day = current?.snapshot.day ?? 0;
  const finished = current !== null && day >= current.spec.horizon;
  let phase: RunPhase;
  if (s.matches('failed')) phase = 'failed';
  else if (s.matches('recomputing')) phase = current === null ? 'loading' : 'recomputing';
  else if (s.matches('restoringBaseline') || s.matches('starting')) phase = 'loading';
  else if (s.matches('playing')) phase = 'playing';
  else if (s.matches('stepping')) phase = 'stepping';
  else phase = finished ? 'finished' : 'paused';
  const idle = phase === 'paused';
  return {
    phase, spec: c.spec, current, baseline: c.baseline, day, horizon: c.spec.horizon, speed: c.speed,
    playing: c.playing || phase === 'playing',
    canPlay: (idle && current !== null) || phase === 'playing',
    canStep: idle && current !== null,
    busy: phase === 'loading' || phase === 'recomputing' || phase === 'stepping' || s.matches({ playing: 'advancing' }),
    error: c.error, fatal: c.fatal,
    autoRestartMs: phase === 'failed' && c.autoRestarts < MAX_AUTO_RESTARTS ? AUTO_RESTART_DELAY_MS : null,
  };
}

/** One line on what the run is doing. */
export function runStatusText(v: RunView): string {
  const seed = ` Seed ${v.spec.seed}.`;
  switch (v.phase) {
    case 'loading':
      return v.day > 0 ? `Simulating days 1–${v.spec.horizon < v.day ? v.spec.horizon : v.day}…` : 'Starting the simulation…';
    case 'recomputing':
      return `Re-simulating from day 0 with the new settings…${seed}`;
    case 'paused':
      return v.day > 0 ? `Paused.${seed}` : `Ready: press Play or Step one day.${seed}`;
    case 'playing':
      return `Running at ${v.speed} ${v.speed === 1 ? 'day' : 'days'} a second…${seed}`;
    case 'stepping':
      return `Simulating day ${v.day + 1}…${seed}`;
    case 'finished':
      return `Run complete: all ${v.horizon} days simulated. Reset to run again.${seed}`;
    case 'failed':
      return v.autoRestartMs !== null ? 'Stopped: restarting the simulation worker…' : 'Stopped: the simulation worker is not running.';
  }
}

import type { InputIssue } from '../../sim';
import { MAX_HORIZON, MAX_SCALE, MAX_SEED, MIN_SCALE } from '../../workers/limits';
import { builtinRunPolicy, builtinScenario, checkRunSpec, isBuiltinScenario, type RunPolicy, type RunSpec } from '../../workers/runSpec';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { applyJsonPatch, diffJson, type Json } from './jsonPatch';

/**
 * The run in a URL query, so a link reproduces it exactly:
 * `?v=1&scenario=default&seed=42&horizon=90&day=30&scale=0.4&p=<policy>`, where `p` is the
 * base64url JSON difference between the run's policy and the scenario's built-in policy (absent
 * when they are equal) and `scale` is absent at 1. Decoding never fails: each bad or outdated
 * part is reported as a problem naming the parameter and replaced by a safe default.
 */

/** Version of the link format; links of another version keep their run but not their policy. */
export const LINK_VERSION = 1;
/** Scenario of a link without one. */
export const DEFAULT_SCENARIO_ID = 'default';
/** Seed of a link without one. */
export const DEFAULT_SEED = 42;
/** Query parameters that belong to the run link. */
export const LINK_PARAMS = ['v', 'scenario', 'seed', 'horizon', 'day', 'scale', 'p'] as const;

/** A run and how far it has got: what a link and the autosave hold. */
export interface RunLinkState {
  /** The run specification. */ readonly spec: RunSpec;
  /** Days completed. */ readonly day: number;
}

/** One thing wrong with a link: the parameter and what was done about it. */
export interface LinkProblem {
  /** Query parameter, e.g. `p`. */ readonly param: string;
  /** What was wrong and which default was used instead. */ readonly message: string;
}

/** The outcome of decoding a link. */
export interface DecodedLink {
  /** The run to load (defaults where the link was bad). */ readonly state: RunLinkState;
  /** What was wrong, in parameter order (empty for a good link). */ readonly problems: readonly LinkProblem[];
  /** Whether the query held any run parameter at all. */ readonly fromLink: boolean;
}

/** An issue of a spec in words, with the path as the user knows it (`policy.thresholds.red`). */
export function describeIssue(issue: InputIssue): string {
  const path = issue.path.replace(/^policy\.policy\./, 'policy.').replace(/^policy\.offices\./, 'offices.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** The `p` parameter of each policy object seen (null: the built-in policy); specs are immutable. */
const encodedPolicies = new WeakMap<RunPolicy, string | null>();

/** The base64url difference of a spec's policy from its scenario's built-in one, or null when equal. */
function policyParam(spec: RunSpec): string | null {
  let p = encodedPolicies.get(spec.policy);
  if (p === undefined) {
    const patch = diffJson(builtinRunPolicy(spec.scenarioId) as unknown as Json, spec.policy as unknown as Json);
    p = patch === undefined ? null : encodeBase64Url(JSON.stringify(patch));
    encodedPolicies.set(spec.policy, p);
  }
  return p;
}

/** The query parameters of a run (v, scenario, seed, horizon, day, then scale and p when needed). */
export function encodeRunLink(state: RunLinkState): URLSearchParams {
  const { spec } = state;
  const q = new URLSearchParams();
  q.set('v', String(LINK_VERSION));
  q.set('scenario', spec.scenarioId);
  q.set('seed', String(spec.seed));
  q.set('horizon', String(spec.horizon));
  q.set('day', String(state.day));
  if (spec.scale !== 1) q.set('scale', String(spec.scale));
  const p = policyParam(spec);
  if (p !== null) q.set('p', p);
  return q;
}

/** Reads an integer parameter within [min, max]; null when absent, a message when bad. */
function readInt(q: URLSearchParams, name: string, min: number, max: number): number | null | { error: string } {
  const raw = q.get(name);
  if (raw === null) return null;
  const n = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) return { error: `"${raw.slice(0, 40)}" is not a whole number from ${min} to ${max}` };
  return n;
}

/** Decodes a run link; see the module comment. */
export function decodeRunLink(q: URLSearchParams): DecodedLink {
  const problems: LinkProblem[] = [];
  const fromLink = LINK_PARAMS.some((p) => q.has(p));
  const problem = (param: string, message: string): void => {
    problems.push({ param, message });
  };

  let scenarioId = q.get('scenario') ?? DEFAULT_SCENARIO_ID;
  if (!isBuiltinScenario(scenarioId)) {
    problem('scenario', `unknown scenario "${scenarioId.slice(0, 40)}"; the "${DEFAULT_SCENARIO_ID}" scenario is used, with its built-in policy`);
    scenarioId = DEFAULT_SCENARIO_ID;
  }
  const scenarioOk = !problems.some((p) => p.param === 'scenario');
  const builtin = builtinScenario(scenarioId);

  const seed = readInt(q, 'seed', 0, MAX_SEED);
  if (seed !== null && typeof seed === 'object') problem('seed', `${seed.error}; seed ${DEFAULT_SEED} is used`);
  const horizon = readInt(q, 'horizon', 1, MAX_HORIZON);
  if (horizon !== null && typeof horizon === 'object') problem('horizon', `${horizon.error}; the scenario's ${builtin.days} days are used`);
  const h = typeof horizon === 'number' ? horizon : builtin.days;

  let scale = 1;
  const rawScale = q.get('scale');
  if (rawScale !== null) {
    const s = rawScale.trim() === '' ? Number.NaN : Number(rawScale);
    if (Number.isFinite(s) && s >= MIN_SCALE && s <= MAX_SCALE) scale = s;
    else problem('scale', `"${rawScale.slice(0, 40)}" is not a traffic scale from ${MIN_SCALE} to ${MAX_SCALE}; scale 1 is used`);
  }

  let day = 0;
  const rawDay = readInt(q, 'day', 0, MAX_HORIZON);
  if (rawDay !== null && typeof rawDay === 'object') problem('day', `${rawDay.error}; the run starts at day 0`);
  else if (typeof rawDay === 'number' && rawDay > h) problem('day', `day ${rawDay} is beyond the horizon (${h}); the run stops at day ${h}`);
  if (typeof rawDay === 'number') day = Math.min(rawDay, h);

  const base: RunSpec = { scenarioId, seed: typeof seed === 'number' ? seed : DEFAULT_SEED, horizon: h, scale, policy: builtinRunPolicy(scenarioId) };
  const policy = scenarioOk ? decodePolicy(q, base, problem) : base.policy;
  return { state: { spec: { ...base, policy }, day }, problems, fromLink };
}

/** The policy of the `p` parameter applied to the built-in one, or the built-in one with a problem. */
function decodePolicy(q: URLSearchParams, base: RunSpec, problem: (param: string, message: string) => void): RunPolicy {
  const raw = q.get('p');
  const version = q.get('v');
  const fallback = 'the scenario\'s built-in policy is used instead';
  if (raw === null) {
    if (version !== null && version !== String(LINK_VERSION)) problem('v', `link format version "${version.slice(0, 20)}" is not supported (this app reads version ${LINK_VERSION})`);
    return base.policy;
  }
  if (version !== String(LINK_VERSION)) {
    const what = version === null ? 'the link has no format version (v)' : `link format version "${version.slice(0, 20)}" is not supported (this app reads version ${LINK_VERSION})`;
    problem('v', `${what}; its policy was not applied and ${fallback}`);
    return base.policy;
  }
  const text = decodeBase64Url(raw);
  if (!text.ok) {
    problem('p', `the policy could not be read (${text.error}); ${fallback}`);
    return base.policy;
  }
  let patch: Json;
  try {
    patch = JSON.parse(text.text) as Json;
  } catch {
    problem('p', `the policy is not valid JSON; ${fallback}`);
    return base.policy;
  }
  const candidate = applyJsonPatch(base.policy as unknown as Json, patch) as unknown as RunPolicy;
  const check = checkRunSpec({ ...base, policy: candidate });
  if (!check.ok) {
    const shown = check.issues.slice(0, 3).map(describeIssue).join('; ');
    const more = check.issues.length > 3 ? ` (and ${check.issues.length - 3} more)` : '';
    problem('p', `the policy is invalid: ${shown}${more}; ${fallback}`);
    return base.policy;
  }
  return check.spec.policy;
}

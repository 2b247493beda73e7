import { COUNTRIES, type TipInput, type TipView } from '../../sim';
import { checkRunSpec, type RunSpec } from '../../workers/runSpec';
import { formatPercent } from '../format';
import { fromPercent, parseNumberText } from './parseNumber';

/**
 * The "inject a tip" form as data: the text of each input, turned into a tip of the core's
 * `injectTip` command and into the run spec with the tip scheduled on the current day. Pure, so
 * what is refused and what the message says are unit-tested without a DOM.
 */

/** A tip's subject. */
export type TipSubject = TipInput['subject'];

/** The form's inputs as typed. */
export interface TipDraft {
  /** What the tip is about. */ readonly subject: TipSubject;
  /** trader: importer index. */ readonly importer: string;
  /** route (required) and commodity (optional, '' = any office): office id. */ readonly office: string;
  /** route: ISO code of the country of departure. */ readonly departure: string;
  /** commodity: HS6 code. */ readonly hs6: string;
  /** Stated reliability, %. */ readonly reliability: string;
  /** Days until the consignments it covers arrive. */ readonly leadDays: string;
  /** Days it stays valid from then. */ readonly windowDays: string;
  /** One-off target or profile. */ readonly action: TipInput['action'];
  /** target: consignments it selects. */ readonly targetCount: string;
  /** Free text. */ readonly note: string;
}

/** Fields of the draft that can carry an error. */
export type TipField = 'importer' | 'office' | 'departure' | 'hs6' | 'reliability' | 'leadDays' | 'windowDays' | 'targetCount' | 'note' | 'form';

/** Errors by field. */
export type TipErrors = Partial<Record<TipField, string>>;

/** A new draft: a one-off target on a route into `office`, fully reliable, arriving now. */
export function blankTipDraft(office: string): TipDraft {
  return { subject: 'route', importer: '0', office, departure: 'CN', hs6: '', reliability: '80', leadDays: '0', windowDays: '14', action: 'target', targetCount: '2', note: '' };
}

/** The tip a draft describes, or the errors of its inputs. */
export function tipOfDraft(d: TipDraft): { ok: true; tip: TipInput } | { ok: false; errors: TipErrors } {
  const errors: TipErrors = {};
  const num = (field: TipField, text: string, min: number, max: number, integer: boolean): number => {
    const r = parseNumberText(text, { min, max, integer });
    if (!r.ok) errors[field] = r.error;
    return r.ok ? r.value : 0;
  };
  const reliability = fromPercent(num('reliability', d.reliability, 0, 100, false));
  const leadDays = num('leadDays', d.leadDays, 0, 365, true);
  const windowDays = num('windowDays', d.windowDays, 1, 365, true);
  const targetCount = d.action === 'target' ? num('targetCount', d.targetCount, 1, 1000, true) : 2;
  if (d.note.length > 200) errors.note = `At most 200 characters, got ${d.note.length}.`;
  const tip: TipInput = { subject: d.subject, reliability, leadDays, windowDays, action: d.action, targetCount, note: d.note.trim() };
  if (d.subject === 'trader') tip.importer = num('importer', d.importer, 0, 10_000_000, true);
  else {
    if (d.office !== '') tip.office = d.office;
    else if (d.subject === 'route') errors.office = 'Choose the office the route leads to.';
    if (d.subject === 'route') {
      if (/^[A-Za-z]{2}$/.test(d.departure.trim())) tip.departure = d.departure.trim().toUpperCase();
      else errors.departure = 'Choose the country of departure.';
    } else if (/^\d{6}$/.test(d.hs6.trim())) tip.hs6 = d.hs6.trim();
    else errors.hs6 = 'Choose the goods (a six-digit HS code).';
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, tip };
}

/**
 * The spec with `tip` received on `day` (days completed), checked as the worker checks it, or the
 * errors by field (`policy.tips.<i>.tip.importer` is reported at `importer`, anything else at `form`).
 */
export function specWithTip(spec: RunSpec, day: number, tip: TipInput): { ok: true; spec: RunSpec } | { ok: false; errors: TipErrors } {
  const next: RunSpec = { ...spec, policy: { ...spec.policy, tips: [...spec.policy.tips, { day, tip }] } };
  const check = checkRunSpec(next);
  if (check.ok) return { ok: true, spec: check.spec };
  const errors: TipErrors = {};
  const prefix = `policy.tips.${spec.policy.tips.length}.`;
  for (const issue of check.issues) {
    const field = issue.path.startsWith(`${prefix}tip.`) ? issue.path.slice(prefix.length + 4) : '';
    const key: TipField = (['importer', 'office', 'departure', 'hs6', 'reliability', 'leadDays', 'windowDays', 'targetCount', 'note'] as const).find((f) => f === field) ?? 'form';
    const message = key === 'form' && issue.path === `${prefix}day` ? `The run has reached its horizon: ${issue.message}.` : issue.message;
    errors[key] = errors[key] ? `${errors[key]} ${message}` : message;
  }
  return { ok: false, errors };
}

/** What a tip points at, in words: `importer #12`, `route from China (CN) into port`, `HS 610910 at any office`. */
export function tipSubjectText(t: Pick<TipView, 'subject' | 'importer' | 'office' | 'departure' | 'hs6'>): string {
  if (t.subject === 'trader') return `importer #${t.importer ?? '?'}`;
  if (t.subject === 'route') {
    const country = COUNTRIES.find((c) => c.code === t.departure);
    return `route from ${country ? `${country.name} (${country.code})` : t.departure ?? '?'} into ${t.office ?? '?'}`;
  }
  return `goods HS ${t.hs6 ?? '?'} at ${t.office ?? 'any office'}`;
}

/** A tip's outcome in words: `active, 3 selected, 2 non-compliant (67% hits)`. */
export function tipOutcomeText(t: Pick<TipView, 'status' | 'selected' | 'nonCompliant' | 'action' | 'remaining'>): string {
  const hits = t.selected > 0 ? ` (${formatPercent(t.nonCompliant / t.selected)} hits)` : '';
  const left = t.action === 'target' && (t.status === 'pending' || t.status === 'active') ? `, ${t.remaining} still to select` : '';
  return `${t.status}: ${t.selected} selected, ${t.nonCompliant} non-compliant${hits}${left}`;
}

import { describe, expect, it } from 'vitest';
import { blankTipDraft, specWithTip, tipOfDraft, tipOutcomeText, tipSubjectText } from '../../../src/ui/panel/tipDraft';
import { treatmentCosts } from '../../../src/ui/panel/treatmentsSection';
import { setIn } from '../../../src/ui/panel/policyEdits';
import { defaultRunSpec } from '../../../src/workers/runSpec';

const spec = defaultRunSpec('default', 3);

describe('tip draft', () => {
  it('a blank draft is a valid route tip', () => {
    const r = tipOfDraft(blankTipDraft('port'));
    expect(r.ok && r.tip).toMatchObject({ subject: 'route', office: 'port', departure: 'CN', reliability: 0.8, action: 'target', targetCount: 2 });
  });

  it('refuses each bad input with a reason at its field', () => {
    const r = tipOfDraft({ ...blankTipDraft(''), reliability: '150', leadDays: '1.5', windowDays: '0', departure: '' });
    expect(r.ok).toBe(false);
    const errors = r.ok ? {} : r.errors;
    expect(Object.keys(errors).sort()).toEqual(['departure', 'leadDays', 'office', 'reliability', 'windowDays']);
    expect(errors.reliability).toMatch(/at most 100/);
    expect(errors.leadDays).toMatch(/whole number/);
  });

  it('keeps only the subject\'s own fields', () => {
    const trader = tipOfDraft({ ...blankTipDraft('port'), subject: 'trader', importer: '17' });
    expect(trader.ok && trader.tip).toMatchObject({ subject: 'trader', importer: 17 });
    expect(trader.ok && 'office' in trader.tip).toBe(false);
    const goods = tipOfDraft({ ...blankTipDraft(''), subject: 'commodity', hs6: '610910' });
    expect(goods.ok && goods.tip).toMatchObject({ subject: 'commodity', hs6: '610910' });
    expect(goods.ok && 'office' in goods.tip).toBe(false);
    expect(tipOfDraft({ ...blankTipDraft('port'), subject: 'commodity' }).ok).toBe(false);
  });

  it('schedules the tip on the given day, or reports what the worker would refuse', () => {
    const r = tipOfDraft({ ...blankTipDraft('port'), subject: 'trader', importer: '5' });
    if (!r.ok) throw new Error('draft refused');
    const ok = specWithTip(spec, 30, r.tip);
    expect(ok.ok && ok.spec.policy.tips).toEqual([{ day: 30, tip: r.tip }]);
    const tooBig = specWithTip(spec, 30, { ...r.tip, importer: 99_999_999 });
    expect(tooBig.ok ? {} : tooBig.errors).toHaveProperty('importer', expect.stringMatching(/importer index from 0 to/));
    const late = specWithTip(spec, spec.horizon, r.tip);
    expect(late.ok ? '' : late.errors.form).toMatch(/reached its horizon/);
  });

  it('describes a tip and its outcome in words', () => {
    expect(tipSubjectText({ subject: 'route', importer: null, office: 'port', departure: 'CN', hs6: null })).toBe('route from China (CN) into port');
    expect(tipSubjectText({ subject: 'commodity', importer: null, office: null, departure: null, hs6: '610910' })).toBe('goods HS 610910 at any office');
    expect(tipOutcomeText({ status: 'active', selected: 4, nonCompliant: 1, action: 'target', remaining: 2 })).toBe('active: 4 selected, 1 non-compliant (25.0% hits), 2 still to select');
  });
});

describe('treatment costs', () => {
  it('follow the settings in force', () => {
    expect(treatmentCosts(spec).help).toMatch(/^Off; each contact costs \$500/);
    const on = setIn(spec, ['policy', 'treatments', 'help', 'reachPerMonth'], 200);
    expect(treatmentCosts(on).help).toBe('Cost $500 per contact: $100k a month for 200 contacts.');
    expect(treatmentCosts(setIn(spec, ['policy', 'treatments', 'force', 'prosecution'], true)).force).toMatch(/^Prosecution on: \$20(\.0)?k per case/);
  });
});

import type { TipBook } from './tipBook';
import type { TipInput } from './intelligenceSchema';
import { ACTION_PROFILE, ACTION_TARGET, SUBJECTS } from './tipBook';
import { ScenarioInputError } from '../config/scenarioError';
import { COUNTRIES, findCountry } from '../world/countries';
import { findCommodity } from '../world/commodities';

/**
 * Adds a tip an instructor injects (command `injectTip`), received before day `day`. Checks that
 * the subject's fields are present and exist — the importer index, office id, ISO country code
 * or HS6 code — and throws a ScenarioInputError naming the field (`tip.office`, ...) otherwise.
 * An injected tip has no hidden truth: what it points at decides whether it finds anything.
 */
export function injectTip(book: TipBook, tip: TipInput, officeIds: readonly string[], importers: number, day: number): void {
  const fail = (field: string, message: string): never => {
    throw new ScenarioInputError('Invalid command', [{ path: `tip.${field}`, message }]);
  };
  const need = <T>(field: string, value: T | undefined): T => (value === undefined ? fail(field, `required for a ${tip.subject} tip`) : value);
  let importer = -1, office = -1, departure = -1, commodity = -1;
  if (tip.subject === 'trader') {
    importer = need('importer', tip.importer);
    if (importer >= importers) fail('importer', `must be an importer index from 0 to ${importers - 1}, got ${importer}`);
  } else {
    if (tip.subject === 'route' || tip.office !== undefined) {
      const id = need('office', tip.office);
      office = officeIds.indexOf(id);
      if (office < 0) fail('office', `unknown office "${id}"; offices: ${officeIds.join(', ')}`);
    }
    if (tip.subject === 'route') {
      const code = need('departure', tip.departure);
      departure = findCountry(code.toUpperCase());
      if (departure < 0) fail('departure', `must be an ISO code of the country catalogue (${COUNTRIES.map((c) => c.code).join(', ')}), got "${code}"`);
    } else {
      const hs6 = need('hs6', tip.hs6);
      commodity = findCommodity(hs6);
      if (commodity < 0) fail('hs6', `must be a six-digit code of the commodity catalogue, got "${hs6}"`);
    }
  }
  const action = tip.action === 'profile' ? ACTION_PROFILE : ACTION_TARGET;
  book.open.push({
    id: book.nextId++, source: 'command', subject: SUBJECTS.indexOf(tip.subject), importer, office, departure, commodity,
    reliability: tip.reliability, truth: null, receivedDay: day, fromDay: day + tip.leadDays, toDay: day + tip.leadDays + tip.windowDays - 1,
    action, remaining: action === ACTION_TARGET ? tip.targetCount : 0, selected: 0, nonCompliant: 0, status: 'pending', note: tip.note,
  });
  // The day's counters are reset when the next day starts, so the tip is counted there.
  book.injectedPending++;
}

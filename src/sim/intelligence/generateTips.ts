import type { TraderPopulation } from '../traders/population';
import type { NetworkState } from '../networks/networkState';
import type { RandomStream } from '../random/stream';
import type { TipBook } from './tipBook';
import { ACTION_PROFILE, ACTION_TARGET, SUBJECT_COMMODITY, SUBJECT_ROUTE, SUBJECT_TRADER, T_RECEIVED, countTip } from './tipBook';
import { RING_FIELDS, RING_SIZE } from '../networks/networkState';
import { samplePoisson } from '../random/distributions';
import { COUNTRIES } from '../world/countries';
import { COMMODITIES } from '../world/commodities';
import { COVER_SECTORS } from '../networks/networkOptions';

/** How far back in the networks' ring a true route or commodity tip may look (consignments). */
const RECENT = 200;
/** Countries of departure a false route tip names: no drug, counterfeit or transshipment role. */
const CLEAN_DEPARTURES = COUNTRIES.flatMap((c, i) => (!c.drugSource && !c.counterfeitHub && !c.transshipmentHub ? [i] : []));
/** Commodities a false commodity tip names: of sectors no network uses as cover. */
const CLEAN_COMMODITIES = COMMODITIES.flatMap((c, i) => (COVER_SECTORS.some((s) => s.includes(c.sector)) ? [] : [i]));

/**
 * The day's tips from the intelligence stream: a Poisson number at `tipsPerMonth / 30`; each is
 * true with the configured reliability. A true tip is drawn from the truth: an active tier-4
 * importer (weighted by size x propensity), or the office with the route or goods of one of the
 * networks' recent smuggling consignments; a false tip names a tier-1 importer, a route from a
 * country with no risk role, or goods no network uses. Lead time and window follow the config.
 */
export function generateTips(book: TipBook, pop: TraderPopulation, ns: NetworkState, officeCount: number, day: number, rnd: RandomStream): void {
  const cfg = book.config;
  const n = samplePoisson(rnd, cfg.tipsPerMonth / 30);
  const w = cfg.subjects, wSum = w.trader + w.route + w.commodity;
  for (let t = 0; t < n; t++) {
    const truth = rnd.next() < cfg.reliability;
    const us = rnd.next() * wSum;
    let subject = us < w.trader ? SUBJECT_TRADER : us < w.trader + w.route ? SUBJECT_ROUTE : SUBJECT_COMMODITY;
    const recent = Math.min(RECENT, ns.ringWritten);
    if (truth && subject !== SUBJECT_TRADER && recent === 0) subject = SUBJECT_TRADER;
    let importer = -1, office = -1, departure = -1, commodity = -1;
    const u1 = rnd.next(), u2 = rnd.next();
    if (subject === SUBJECT_TRADER) {
      importer = truth ? pickImporter(pop, day, 3, true, u1) : pickImporter(pop, day, 0, false, u1);
      if (importer < 0) continue;
    } else if (truth) {
      const slot = (ns.ringHead - 1 - Math.floor(u1 * recent) + RING_SIZE) % RING_SIZE, r = slot * RING_FIELDS;
      office = ns.ringChoice[r + 1];
      if (subject === SUBJECT_ROUTE) departure = ns.ringChoice[r + 6]; else commodity = ns.ringChoice[r + 7];
    } else {
      office = Math.floor(u1 * officeCount);
      if (subject === SUBJECT_ROUTE) departure = CLEAN_DEPARTURES[Math.floor(u2 * CLEAN_DEPARTURES.length)];
      else commodity = CLEAN_COMMODITIES[Math.floor(u2 * CLEAN_COMMODITIES.length)];
    }
    const lead = cfg.leadDays.min + Math.floor(rnd.next() * (cfg.leadDays.max - cfg.leadDays.min + 1));
    const action = cfg.action === 'profile' ? ACTION_PROFILE : ACTION_TARGET;
    book.open.push({
      id: book.nextId++, source: 'stream', subject, importer, office, departure, commodity,
      reliability: cfg.reliability, truth, receivedDay: day, fromDay: day + lead, toDay: day + lead + cfg.windowDays - 1,
      action, remaining: action === ACTION_TARGET ? cfg.targetCount : 0, selected: 0, nonCompliant: 0, status: 'pending', note: '',
    });
    countTip(book, T_RECEIVED);
  }
}

/**
 * An importer of tier `tier` (0-3) trading by `day`, weighted by size (and by propensity when
 * `byPropensity`), at the position `u` of the cumulative weight; -1 when there is none.
 * Networks' fronts are tier 4; false tips skip them.
 */
function pickImporter(pop: TraderPopulation, day: number, tier: number, byPropensity: boolean, u: number): number {
  let total = 0;
  for (let t = 0; t < pop.count; t++) total += weightOf(pop, t, day, tier, byPropensity);
  if (total <= 0) return -1;
  let target = u * total, last = -1;
  for (let t = 0; t < pop.count; t++) {
    const w = weightOf(pop, t, day, tier, byPropensity);
    if (w <= 0) continue;
    last = t;
    if (target < w) return t;
    target -= w;
  }
  return last;
}

function weightOf(pop: TraderPopulation, t: number, day: number, tier: number, byPropensity: boolean): number {
  if (pop.tier[t] !== tier || pop.firstDay[t] > day || (!byPropensity && pop.network[t] >= 0)) return 0;
  return byPropensity ? pop.size[t] * pop.propensity[t] : pop.size[t];
}

/**
 * Which screening a targeted red consignment goes through first at an office: the NII scanner
 * (with image analysts), a detector-dog team, or none (straight to examination).
 *
 * The snapshot does not carry the office's `redScreening` setting, so unless a future
 * `OfficeView.redScreening` is present it is inferred from the queues: the screening resource
 * that worked on the last day, the scanner when neither did; a resource with no units is never
 * used (the simulation then sends red consignments straight to examination).
 */
import type { OfficeView } from '../../sim';

/** Red-lane screening. */
export type ScreeningKind = 'scan' | 'dog' | 'none';

/** The office's red-lane screening, read from `redScreening` when present, else inferred from the queues. */
export function screeningOf(office: Pick<OfficeView, 'queues'> & { readonly redScreening?: string }): ScreeningKind {
  const scanUnits = office.queues.scan.units, dogUnits = office.queues.dog.units;
  if (office.redScreening === 'scan') return scanUnits > 0 ? 'scan' : 'none';
  if (office.redScreening === 'dog') return dogUnits > 0 ? 'dog' : 'none';
  if (office.redScreening === 'none') return 'none';
  if (scanUnits <= 0 && dogUnits <= 0) return 'none';
  if (scanUnits <= 0) return 'dog';
  if (dogUnits <= 0) return 'scan';
  // Consignments on their way to a screening (being positioned for it) show it is in use as well.
  const scanWork = office.queues.scan.utilisation + office.queues.analysis.utilisation + office.queues.scan.waiting + office.queues.scan.arriving;
  const dogWork = office.queues.dog.utilisation + office.queues.dog.waiting + office.queues.dog.arriving;
  return dogWork > scanWork ? 'dog' : 'scan';
}

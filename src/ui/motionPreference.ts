/** The "Reduce motion" switch: the user's choice, or the system setting until they make one. */
export interface MotionPreference {
  /** Whether motion is reduced now. */ reduced(): boolean;
  /** The user's explicit choice, or null when following the system. */ choice(): boolean | null;
}

/**
 * Wires the checkbox: it starts at the saved choice or, without one, at the system's
 * `prefers-reduced-motion`, which it keeps following until the user ticks or unticks it.
 * `onChange` gets the effective value after every change.
 */
export function createMotionPreference(box: HTMLInputElement, saved: boolean | null, onChange: (reduced: boolean) => void): MotionPreference {
  const media = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
  let choice = saved;
  const reduced = (): boolean => choice ?? media?.matches ?? false;
  box.checked = reduced();
  box.addEventListener('change', () => {
    choice = box.checked;
    onChange(reduced());
  });
  media?.addEventListener('change', () => {
    if (choice !== null) return;
    box.checked = reduced();
    onChange(reduced());
  });
  return { reduced, choice: () => choice };
}

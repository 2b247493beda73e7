import { el } from './dom';
import type { LinkProblem } from './state/runLink';

/** The dismissible notice about a broken or outdated link (or autosave). */
export interface LinkNotice {
  /** Shows what was wrong with the run's source; nothing when `problems` is empty. */ show(source: string, problems: readonly LinkProblem[]): void;
}

/**
 * Wires the notice: a heading saying what happened, one line per problem naming the link
 * parameter, and a Dismiss button (Escape works too) that returns focus to the main content.
 */
export function createLinkNotice(box: HTMLElement, list: HTMLElement, title: HTMLElement, dismiss: HTMLButtonElement, focusAfter: HTMLElement): LinkNotice {
  const hide = (): void => {
    box.hidden = true;
    focusAfter.focus();
  };
  dismiss.addEventListener('click', hide);
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
  return {
    show(source, problems) {
      if (problems.length === 0) return;
      title.textContent = `Part of the ${source} could not be used; safe defaults were loaded instead.`;
      list.replaceChildren(...problems.map((p) => el('li', { attrs: { 'data-param': p.param } }, [el('code', { text: p.param }), `: ${p.message}`])));
      box.hidden = false;
    },
  };
}

/** Small DOM helpers shared by the page's modules. */

/** Attributes and text of an element built with {@link el}. */
export interface ElementProps {
  /** Space-separated class names. */ readonly class?: string;
  /** Text content (set before children are appended). */ readonly text?: string;
  /** Other attributes. */ readonly attrs?: Readonly<Record<string, string>>;
}

/** Creates an element with classes, text, attributes and children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: ElementProps = {}, children: readonly (Node | string)[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** The element with `id`, checked to be of the expected kind (the page is broken otherwise). */
export function byId<T extends HTMLElement>(id: string, kind: { new (): T; prototype: T }): T {
  const node = document.getElementById(id);
  if (!(node instanceof kind)) throw new Error(`index.html has no ${kind.name} with id "${id}"`);
  return node;
}

/** The four lanes, in display order. */
export const LANE_NAMES = ['green', 'yellow', 'red', 'blue'] as const;
/** A lane. */
export type Lane = (typeof LANE_NAMES)[number];

/** A lane's label with its colour swatch; the colour is never the only cue. */
export function laneLabel(lane: Lane, text: string = lane[0]!.toUpperCase() + lane.slice(1)): HTMLSpanElement {
  return el('span', { class: 'lane-label' }, [el('span', { class: `swatch swatch-${lane}`, attrs: { 'aria-hidden': 'true' } }), text]);
}

/** Marks a button usable or not without `disabled`, which would drop keyboard focus. */
export function setEnabled(button: HTMLButtonElement, enabled: boolean): void {
  button.setAttribute('aria-disabled', String(!enabled));
}

/** Whether a button was marked unusable with {@link setEnabled}. */
export function isEnabled(button: HTMLButtonElement): boolean {
  return button.getAttribute('aria-disabled') !== 'true';
}

/**
 * Sets an element's text only when it differs: writing the same text still replaces the text node,
 * which makes the browser lay the page out again (many times a second while a run plays).
 */
export function setTextContent(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

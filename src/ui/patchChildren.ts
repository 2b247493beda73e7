/**
 * Updates a part of the page in place from a freshly built copy: the KPI tiles and the daily
 * table are rebuilt as detached elements on every redraw (simple to write and to read), and only
 * the text and attributes that differ are written into the page. Replacing the whole part instead
 * would make the browser style, lay out and paint every node of it again, several times a second
 * while a run plays; changing a few numbers touches only those.
 */

/** Whether `a` can be patched into `b` (same node type and, for elements, the same tag). */
function sameKind(a: Node, b: Node): boolean {
  return a.nodeType === b.nodeType && a.nodeName === b.nodeName;
}

/** Gives `target` exactly the attributes of `source`. */
function patchAttributes(target: Element, source: Element): void {
  for (const { name, value } of Array.from(source.attributes)) {
    if (target.getAttribute(name) !== value) target.setAttribute(name, value);
  }
  for (const name of target.getAttributeNames()) {
    if (!source.hasAttribute(name)) target.removeAttribute(name);
  }
}

/**
 * Makes the children of `parent` equal to `next` (detached nodes, which may be moved into the
 * page): nodes of the same kind at the same position are kept and patched (text, attributes,
 * children, recursively), others are replaced, extra ones removed. Element state that is not an
 * attribute (focus, scroll position) survives where the element is kept.
 */
export function patchChildren(parent: Node, next: readonly Node[]): void {
  const current = parent.childNodes;
  for (let i = 0; i < next.length; i++) {
    const want = next[i]!;
    const have = current[i];
    if (have === undefined) parent.appendChild(want);
    else if (!sameKind(have, want)) parent.replaceChild(want, have);
    else if (have.nodeType === Node.ELEMENT_NODE) {
      patchAttributes(have as Element, want as Element);
      patchChildren(have, Array.from(want.childNodes));
    } else if (have.nodeValue !== want.nodeValue) have.nodeValue = want.nodeValue;
  }
  while (current.length > next.length) parent.removeChild(parent.lastChild!);
}

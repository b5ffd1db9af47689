/**
 * Keyboard access to a page's link controls without a Tab stop per control.
 * Each section's tools (SectionTools.astro) become one toolbar: a single Tab
 * stop (roving tabindex) whose Left and Right arrow keys move between its
 * controls and then on into the ¶ links of the section's paragraphs; Home
 * and End go to the first and the last. The ¶ links of the paragraphs
 * before a page's first section come before its first toolbar's controls
 * (the Left arrow from its "#" link reaches them). The ¶ links leave the Tab order but
 * stay links for the mouse and for voice control. Without this script every
 * control stays a plain link in the Tab order. A key finding's two controls
 * become a toolbar the same way.
 */
const toolbarSelector = '.section-tools';

/** The ¶ links of the paragraphs between a toolbar and the next one, after it or (for the first) before it. */
function paragraphLinksBeside(toolbar: Element, direction: 'nextElementSibling' | 'previousElementSibling'): HTMLElement[] {
  const links: HTMLElement[] = [];
  for (let node = toolbar[direction]; node && !node.matches(toolbarSelector); node = node[direction]) {
    links.push(...node.querySelectorAll<HTMLElement>('.para-link'));
  }
  return links;
}

/** What an arrow key can reach from a toolbar: its shown controls, then its section's ¶ links. */
const groups = new Map<HTMLElement, { before: HTMLElement[]; controls: HTMLElement[]; paragraphLinks: HTMLElement[] }>();

function reachable(toolbar: HTMLElement): HTMLElement[] {
  const group = groups.get(toolbar)!;
  // A control hidden by the layout (on touch screens) is skipped, not focused.
  return [...group.before, ...group.controls.filter((control) => !control.hidden && control.getClientRects().length > 0), ...group.paragraphLinks];
}

function toolbarOf(element: HTMLElement): HTMLElement | undefined {
  for (const [toolbar, group] of groups) if (toolbar.contains(element) || group.paragraphLinks.includes(element) || group.before.includes(element)) return toolbar;
  return undefined;
}

/** The toolbar's one Tab stop moves to the control the reader last used; a ¶ link is never the Tab stop. */
function makeTabStop(toolbar: HTMLElement, control: HTMLElement): void {
  if (!toolbar.contains(control)) return;
  for (const other of groups.get(toolbar)!.controls) other.tabIndex = other === control ? 0 : -1;
}

/** A key finding's "#" link and Copy button: a toolbar of their own, with no ¶ links to reach. */
function attachFindingTools(): void {
  for (const toolbar of document.querySelectorAll<HTMLElement>('.finding-tools')) {
    const controls = [...toolbar.querySelectorAll<HTMLElement>('a[href], button')];
    groups.set(toolbar, { before: [], controls, paragraphLinks: [] });
    toolbar.setAttribute('role', 'toolbar');
    // Named here, not in the HTML: without the script the span is no toolbar, and a name on a plain span is not allowed.
    toolbar.setAttribute('aria-label', toolbar.dataset['toolbarLabel']!);
    makeTabStop(toolbar, controls[0]!);
  }
}

export function attachLinkTools(): void {
  attachFindingTools();
  const toolbars = [...document.querySelectorAll<HTMLElement>(toolbarSelector)];
  for (const toolbar of toolbars) {
    const controls = [...toolbar.querySelectorAll<HTMLElement>('a[href], button')];
    const paragraphLinks = paragraphLinksBeside(toolbar, 'nextElementSibling');
    // The toolbar's own heading lies between it and the paragraphs before it, which it skips like any element without ¶ links.
    const before = toolbar === toolbars[0] ? paragraphLinksBeside(toolbar, 'previousElementSibling').reverse() : [];
    groups.set(toolbar, { before, controls, paragraphLinks });
    toolbar.setAttribute('role', 'toolbar');
    const heading = toolbar.previousElementSibling;
    if (heading?.id) toolbar.setAttribute('aria-labelledby', heading.id);
    for (const link of [...before, ...paragraphLinks]) link.tabIndex = -1;
    makeTabStop(toolbar, controls[0]!);
  }
  document.addEventListener('focusin', (event) => {
    const target = event.target as HTMLElement;
    const toolbar = toolbarOf(target);
    if (toolbar) makeTabStop(toolbar, target);
  });
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const step = { ArrowRight: 1, ArrowLeft: -1, Home: -Infinity, End: Infinity }[event.key];
    const target = event.target as HTMLElement;
    const toolbar = step === undefined ? undefined : toolbarOf(target);
    if (!toolbar || step === undefined) return;
    const items = reachable(toolbar);
    const here = items.indexOf(target);
    const next = Number.isFinite(step) ? Math.min(Math.max(here + step, 0), items.length - 1) : step < 0 ? 0 : items.length - 1;
    event.preventDefault();
    items[next]?.focus();
  });
}

import { quoteLink, quoteWithCitation, selectedPassage } from '../outputs/citations/text-fragment';
import { withAccessDate } from '../outputs/citations/citation';
import { ui } from './ui-strings';

/** Says something to screen readers and shows it briefly next to the control. */
function confirm(control: HTMLElement, message: string): void {
  const status = document.getElementById('share-status');
  if (status) status.textContent = message;
  const note = document.createElement('span');
  note.className = 'copied-note';
  note.textContent = message;
  note.setAttribute('aria-hidden', 'true');
  control.after(note);
  setTimeout(() => note.remove(), 2500);
}

async function copy(text: string, control: HTMLElement, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    confirm(control, done);
  } catch {
    confirm(control, ui('copyFailed'));
  }
}

/** Copies the full URL of an anchor on this page (`#id`) and puts it in the address bar. */
export function copyAnchor(control: HTMLElement, hash: string): void {
  const url = new URL(hash, window.location.href);
  url.search = '';
  history.replaceState(null, '', url);
  void copy(url.href, control, ui('linkCopied'));
}

/** Copies the full URL of another page of the site (a section's share page), leaving the address bar alone. */
export function copyPage(control: HTMLElement, path: string): void {
  void copy(new URL(path, window.location.origin).href, control, ui('linkCopied'));
}

/** Copies a citation shown on the page, with today's date as the access date. */
export function copyCitation(control: HTMLElement): void {
  const source = document.getElementById(control.dataset['copyTarget'] ?? '');
  // The edition's access-date pattern and language, which the cite page puts on the button.
  const words = { accessDate: control.dataset['accessDate'] ?? '', dateLocale: control.dataset['dateLocale'] ?? document.documentElement.lang };
  if (source) void copy(withAccessDate(source.textContent ?? '', new Date(), words), control, ui('citationCopied'));
}

let quoteButton: HTMLButtonElement | undefined;

/** Shows "Copy link to quote" under a selection inside the chapter text. */
export function offerQuoteLink(): void {
  const selection = document.getSelection();
  const text = selection?.toString().trim() ?? '';
  const prose = document.querySelector('.prose');
  const inside =
    selection && selection.rangeCount > 0 && prose?.contains(selection.getRangeAt(0).commonAncestorContainer);
  if (!selection || !inside || text.length < 3) {
    if (quoteButton) quoteButton.hidden = true;
    return;
  }
  if (!quoteButton) {
    quoteButton = document.createElement('button');
    quoteButton.type = 'button';
    quoteButton.className = 'quote-link';
    quoteButton.textContent = ui('copyQuote');
    // Keep the selection when the button is pressed.
    quoteButton.addEventListener('pointerdown', (event) => event.preventDefault());
    quoteButton.addEventListener('click', () => {
      const quoted = selectedPassage(document.getSelection()?.toString() ?? '');
      const link = quoteLink(window.location.href, quoted);
      const article = document.querySelector<HTMLElement>('article[data-chapter]');
      const citation = quoteWithCitation(quoted, link, {
        author: article?.dataset['author'] ?? '',
        chapter: document.querySelector('h1')?.textContent?.trim() ?? '',
        report: article?.dataset['report'] ?? '',
      }, ui('quoteCitation'));
      void copy(citation, quoteButton!, ui('quoteCopied'));
    });
    document.body.append(quoteButton);
  }
  const rect = selection.getRangeAt(0).getBoundingClientRect();
  quoteButton.style.top = `${rect.bottom + window.scrollY + 8}px`;
  quoteButton.style.left = `${Math.max(8, Math.min(rect.left + window.scrollX, window.innerWidth - 200))}px`;
  quoteButton.hidden = false;
}

/**
 * The offline control's code (src/components/OfflineSave.astro), loaded when
 * the reader presses one of its buttons, or at once on a page the service
 * worker already serves (to say whether this edition is saved). Saving
 * registers the service worker and asks it to download the edition
 * (src/outputs/offline/service-worker.ts); removing deletes the edition's
 * copy, and the worker itself once no edition is saved.
 */
import { cachePrefix, manifestFileName, parseCacheName, serviceWorkerFileName } from '../outputs/offline/names';
import type { SaveReply } from '../outputs/offline/service-worker';
import { editionBase } from './ui-strings';

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

interface Parts {
  edition: string;
  save: HTMLButtonElement;
  remove: HTMLButtonElement;
  sizeLine: HTMLElement;
  saving: HTMLElement;
  progress: HTMLProgressElement;
  count: HTMLElement;
  status: HTMLElement;
}

function partsOf(section: HTMLElement): Parts {
  return {
    edition: section.dataset['offline']!,
    save: section.querySelector('[data-offline-save]')!,
    remove: section.querySelector('[data-offline-remove]')!,
    sizeLine: section.querySelector('[data-offline-size-line]')!,
    saving: section.querySelector('[data-offline-saving]')!,
    progress: section.querySelector('progress')!,
    count: section.querySelector('[data-offline-count]')!,
    status: section.querySelector('[data-offline-status]')!,
  };
}

/** This edition's caches (any build's). */
async function copiesOf(edition: string): Promise<string[]> {
  return (await caches.keys()).filter((name) => parseCacheName(name)?.edition === edition);
}

/** Whether a complete copy of the edition is saved: its cache holds the manifest, stored last. */
async function isSaved(edition: string): Promise<boolean> {
  for (const name of await copiesOf(edition)) {
    if (await (await caches.open(name)).match(`${editionBase()}${manifestFileName}`)) return true;
  }
  return false;
}

/** Shows Save (with the size) or Remove; `message` goes to the live region. */
function show(parts: Parts, saved: boolean, message = ''): void {
  parts.save.hidden = saved;
  parts.sizeLine.hidden = saved;
  parts.remove.hidden = !saved;
  parts.saving.hidden = true;
  parts.status.textContent = message;
}

/** On a page the service worker serves: the control as it stands (saved or not). */
export async function showState(section: HTMLElement): Promise<void> {
  const parts = partsOf(section);
  if (await isSaved(parts.edition)) show(parts, true, section.dataset['saved']);
}

async function save(section: HTMLElement, parts: Parts): Promise<void> {
  parts.save.hidden = true;
  parts.saving.hidden = false;
  parts.progress.removeAttribute('value');
  parts.count.textContent = '';
  const progressText = (done: number, total: number) =>
    (section.dataset['progress'] ?? '').replace('{done}', String(done)).replace('{total}', String(total));
  try {
    await navigator.serviceWorker.register(`${base}${serviceWorkerFileName}`, { scope: base });
    const registration = await navigator.serviceWorker.ready;
    const channel = new MessageChannel();
    const outcome = new Promise<SaveReply>((resolve) => {
      channel.port1.onmessage = (event: MessageEvent<SaveReply>) => {
        const reply = event.data;
        if (reply.type !== 'progress') {
          resolve(reply);
          return;
        }
        parts.progress.max = reply.total;
        parts.progress.value = reply.done;
        // Not in the live region: a message per file would drown a screen reader.
        parts.count.textContent = progressText(reply.done, reply.total);
        parts.progress.setAttribute('aria-valuetext', parts.count.textContent);
      };
    });
    registration.active!.postMessage({ type: 'save', edition: parts.edition }, [channel.port2]);
    const reply = await outcome;
    if (reply.type === 'saved') show(parts, true, section.dataset['saved']);
    else throw new Error(reply.type === 'failed' ? reply.message : 'no reply');
  } catch {
    show(parts, false, section.dataset['failed']);
  }
}

async function remove(section: HTMLElement, parts: Parts): Promise<void> {
  for (const name of await copiesOf(parts.edition)) await caches.delete(name);
  // No edition left: no worker either, so the site is as it was before saving.
  if (!(await caches.keys()).some((name) => name.startsWith(`${cachePrefix}:`))) {
    await (await navigator.serviceWorker.getRegistration(base))?.unregister();
  }
  show(parts, false, section.dataset['removed']);
}

/** The reader pressed Save or Remove. */
export function act(section: HTMLElement, button: HTMLElement): Promise<void> {
  const parts = partsOf(section);
  if (button === parts.save) return save(section, parts);
  if (button === parts.remove) return remove(section, parts);
  return Promise.resolve();
}

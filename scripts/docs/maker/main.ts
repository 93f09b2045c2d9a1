/** Entry of the docs site's chart maker page: mounts the maker on the element marked data-maker. */
import { mountMaker, readyForOffline } from './maker.js';

const host = document.querySelector<HTMLElement>('[data-maker]');
if (host) {
  mountMaker(host, host.dataset['scriptBase'] ? { scriptBase: host.dataset['scriptBase'] } : {});
  // Once the page has loaded, fetch the XLSX reader too, so the maker works offline from then on.
  // (A module may run after the load event, in a page that loads it late: then at once.)
  if (document.readyState === 'complete') void readyForOffline();
  else addEventListener('load', () => void readyForOffline(), { once: true });
}

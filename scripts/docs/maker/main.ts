/** Entry of the docs site's chart maker page: mounts the maker on the element marked data-maker. */
import { preloadWorkbookReader } from '@praksis/widgets/convert/index.js';
import { mountMaker } from './maker.js';

const host = document.querySelector<HTMLElement>('[data-maker]');
if (host) {
  mountMaker(host, host.dataset['scriptBase'] ? { scriptBase: host.dataset['scriptBase'] } : {});
  // Once the page has loaded, fetch the XLSX reader too, so the maker works offline from then on.
  addEventListener('load', () => setTimeout(preloadWorkbookReader, 1000), { once: true });
}

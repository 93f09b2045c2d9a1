/** Entry of the docs site's badge-maker page: mounts the maker on the element marked data-badge-maker. */
import { mountBadgeMaker } from './badge-maker.js';

const host = document.querySelector<HTMLElement>('[data-badge-maker]');
if (host) {
  host.replaceChildren();
  mountBadgeMaker(host, {
    ...(host.dataset['scriptBase'] ? { scriptBase: host.dataset['scriptBase'] } : {}),
    storage: typeof localStorage === 'undefined' ? null : localStorage,
  });
}

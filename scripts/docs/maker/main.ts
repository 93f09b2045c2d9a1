/** Entry of the docs site's chart maker page: mounts the maker on the element marked data-maker. */
import { mountMaker } from './maker.js';

const host = document.querySelector<HTMLElement>('[data-maker]');
if (host) mountMaker(host, host.dataset['scriptBase'] ? { scriptBase: host.dataset['scriptBase'] } : {});

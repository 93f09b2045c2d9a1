/** Entry of the docs site's embed-code page: mounts the tool on the element marked data-embed-code. */
import { mountEmbedCode } from './embed-code.js';

const host = document.querySelector<HTMLElement>('[data-embed-code]');
if (host) {
  mountEmbedCode(host, {
    ...(host.dataset['examples'] ? { examplesBase: host.dataset['examples'] } : {}),
    ...(host.dataset['scriptBase'] ? { scriptBase: host.dataset['scriptBase'] } : {}),
  });
}

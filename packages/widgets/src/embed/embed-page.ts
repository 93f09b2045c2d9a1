/**
 * praksis-embed.js, the script of an embed page (dist/cdn/embed.html or a static page).
 *
 * The generic page shows the widget its URL names, `embed.html?widget=capacity-gauge&src=…&lang=en`:
 * `widget` must be one of EMBED_WIDGETS; `lang` (da or en) sets the page's language; any other
 * parameter that the widget observes as an attribute (`src`, `theme`, `view`, …) is set on it. A
 * static page already holds its element, with the data inside and a plain-text fallback.
 *
 * Either way the script loads only that widget's file, from next to itself, and tells the framing
 * page its content height whenever it changes (see protocol.ts and praksis-embed-resizer.js).
 */
import { heightMessage } from './protocol.js';
import { EMBED_WIDGETS, isEmbedWidget, type EmbedWidget } from './widgets.js';

const PREFIX = 'praksis-';

const texts = {
  da: {
    unknown: (name: string) => `Ukendt widget «${name}». Brug widget=${EMBED_WIDGETS.join(', ')}.`,
    missing: `Angiv en widget i adressen: widget=${EMBED_WIDGETS.join(', ')}.`,
    failed: 'Figuren kunne ikke indlæses.',
  },
  en: {
    unknown: (name: string) => `Unknown widget “${name}”. Use widget=${EMBED_WIDGETS.join(', ')}.`,
    missing: `Name a widget in the address: widget=${EMBED_WIDGETS.join(', ')}.`,
    failed: 'The chart could not be loaded.',
  },
};

/** Sends the page's height to the framing page now and whenever it changes. */
function reportHeight(): void {
  if (window.parent === window) return;
  let last = 0;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage(heightMessage(height), '*');
  };
  new ResizeObserver(send).observe(document.documentElement);
  send();
}

function showProblem(root: Element, text: string): void {
  const p = document.createElement('p');
  p.className = 'praksis-problem';
  p.setAttribute('role', 'alert');
  p.textContent = text;
  root.replaceChildren(p);
}

async function start(): Promise<void> {
  const root = document.getElementById('praksis-embed') ?? document.body;
  const params = new URLSearchParams(location.search);
  const lang = params.get('lang');
  if (lang === 'da' || lang === 'en') document.documentElement.lang = lang;
  const t = texts[document.documentElement.lang === 'en' ? 'en' : 'da'];
  reportHeight();

  // A static page: the element is there already, with its data.
  const present = [...root.children].find((el) => el.localName.startsWith(PREFIX) && isEmbedWidget(el.localName.slice(PREFIX.length)));
  const name = present ? present.localName.slice(PREFIX.length) : params.get('widget');
  if (!isEmbedWidget(name)) return showProblem(root, name ? t.unknown(name) : t.missing);
  const widget: EmbedWidget = name;

  try {
    await import(new URL(`./${PREFIX}${widget}.js`, import.meta.url).href);
  } catch (error) {
    console.error(error);
    // A static page keeps its plain-text figure; the generic page says what went wrong.
    if (!present) showProblem(root, t.failed);
    return;
  }
  if (present) return;

  const tag = `${PREFIX}${widget}`;
  const observed = (customElements.get(tag) as { observedAttributes?: string[] } | undefined)?.observedAttributes ?? [];
  const el = document.createElement(tag);
  for (const [key, value] of params) {
    if (key !== 'widget' && key !== 'lang' && observed.includes(key)) el.setAttribute(key, value);
  }
  root.replaceChildren(el);
}

void start();

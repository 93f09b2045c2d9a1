/**
 * praksis-embed.js, the script of an embed page (dist/cdn/embed.html or a static page).
 *
 * The generic page shows the widget its URL names, `embed.html?widget=capacity-gauge&src=…&lang=en`:
 * `widget` must be one of EMBED_WIDGETS; `lang` (da or en) sets the page's language; any other
 * parameter that the widget observes as an attribute (`src`, `theme`, `view`, …) is set on it. A
 * static page already holds its element, with the data inside and a plain-text fallback, and keeps
 * the language it was written in (page-language.ts).
 *
 * Either way the script loads only that widget's file, from next to itself, and, once the widget
 * has drawn, tells the framing page its content height whenever it changes: to the origin that
 * `parent-origin` names, or to any parent without it (see protocol.ts and praksis-embed-resizer.js).
 */
import { PARENT_ORIGIN_PARAM, heightMessage, targetOriginFrom } from './protocol.js';
import { embedPageLang } from './page-language.js';
import { EMBED_WIDGETS, isEmbedWidget } from './widgets.js';

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

/**
 * Sends the page's height to the framing page now and whenever it changes, to `targetOrigin` (none:
 * nothing is sent). Called only once there is something to measure: a height taken before the
 * widget has drawn (2 px) would shrink the iframe, and an off-screen frame, whose rendering the
 * browser pauses, might not report the real height until scrolled into view.
 */
function reportHeight(targetOrigin: string | undefined): void {
  if (window.parent === window || targetOrigin === undefined) return;
  let last = 0;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage(heightMessage(height), targetOrigin);
  };
  new ResizeObserver(send).observe(document.documentElement);
  send();
}

type WidgetElement = Element & { updateComplete?: Promise<unknown> };

/**
 * Resolves once `el` shows its data or an error (`praksis-render`, `praksis-error`), or, when it has
 * no data to wait for, what it says instead: its first drawing is then no longer marked busy.
 */
function drawn(el: WidgetElement): Promise<void> {
  return new Promise((resolve) => {
    el.addEventListener('praksis-render', () => resolve(), { once: true });
    el.addEventListener('praksis-error', () => resolve(), { once: true });
    void customElements
      .whenDefined(el.localName)
      .then(() => el.updateComplete)
      .then(
        () => {
          if (!el.shadowRoot?.querySelector('[aria-busy="true"]')) resolve();
        },
        () => resolve(),
      );
  });
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
  // A static page: the element is there already, with its data.
  const present = [...root.children].find((el) => el.localName.startsWith(PREFIX) && isEmbedWidget(el.localName.slice(PREFIX.length)));
  const lang = embedPageLang({ param: params.get('lang'), written: document.documentElement.lang, staticPage: present !== undefined });
  document.documentElement.lang = lang;
  const t = texts[lang];
  const report = () => reportHeight(targetOriginFrom(params.get(PARENT_ORIGIN_PARAM)));

  const name = present ? present.localName.slice(PREFIX.length) : params.get('widget');
  if (!isEmbedWidget(name)) {
    showProblem(root, name ? t.unknown(name) : t.missing);
    return report();
  }
  const widget = name;
  // Listening before the widget's file runs, so that the static page's element cannot draw unheard.
  const presentDrawn = present && drawn(present);

  try {
    await import(new URL(`./${PREFIX}${widget}.js`, import.meta.url).href);
  } catch (error) {
    console.error(error);
    // A static page keeps its plain-text figure; the generic page says what went wrong.
    if (!present) showProblem(root, t.failed);
    return report();
  }
  if (presentDrawn) {
    await presentDrawn;
    return report();
  }

  const tag = `${PREFIX}${widget}`;
  const observed = (customElements.get(tag) as { observedAttributes?: string[] } | undefined)?.observedAttributes ?? [];
  const el = document.createElement(tag);
  for (const [key, value] of params) {
    if (key !== 'widget' && key !== 'lang' && key !== PARENT_ORIGIN_PARAM && observed.includes(key)) el.setAttribute(key, value);
  }
  const elDrawn = drawn(el);
  root.replaceChildren(el);
  await elDrawn;
  report();
}

void start();

// The words of validation's problems, a part loaded on demand when a document has some (the
// descriptor's `words` part, scripts/size.mjs CORE_PARTS): a page with valid data never fetches them.
// With them comes the careful reader of JSON text, which says where a text stops being JSON or gives
// a key twice: a page reads its documents the quick way (quickJson) until one has a problem; and
// why a `src` could not be loaded (source-words.ts).
import { readJsonText } from '@praksis/schema';
import { words as schemaWords } from '@praksis/schema/messages.js';
import type { ProblemWords } from './data-controller.js';
import { sourceWords } from './source-words.js';

export const words: ProblemWords = { ...schemaWords, readJsonText, source: sourceWords };

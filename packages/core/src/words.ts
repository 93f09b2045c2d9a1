// The words of validation's problems, a part loaded on demand when a document has some (the
// descriptor's `words` part, scripts/size.mjs CORE_PARTS): a page with valid data never fetches them.
export { words } from '@praksis/schema/messages.js';

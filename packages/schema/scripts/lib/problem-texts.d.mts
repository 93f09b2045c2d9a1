// Types for problem-texts.mjs, for the tests that look for the words of problems.
export function problemTexts(file?: URL | string): string[];
export function schemaTexts(words: object, schemas: readonly object[]): string[];
export function pieces(text: string): string[];

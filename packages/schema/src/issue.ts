/** A message in both languages the widgets speak. */
export interface LocalizedMessage {
  da: string;
  en: string;
}

/** One problem found in a document. */
export interface ValidationIssue {
  /** RFC 6901 JSON pointer to the offending value ("" is the whole document). */
  path: string;
  message: LocalizedMessage;
}

/**
 * Exit statuses of the commands that read documents (praksis-validate, praksis-convert,
 * praksis-embed), the same in each so that a script can treat them alike.
 */
export const EXIT_OK = 0;
/** The input was read but is not a valid document. */
export const EXIT_INVALID = 1;
/** Unreadable file, unparsable JSON or bad usage; wins over EXIT_INVALID. */
export const EXIT_ERROR = 2;

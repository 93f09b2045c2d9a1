/** The library version, compared on registration so two copies on one page can warn. Kept equal to package.json by a test. */
export const VERSION = '0.1.0';

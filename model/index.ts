/**
 * model/: the types and constants every Newsmark context shares (storage, messaging, the content
 * script, the popup and the library), as Hypothesis keeps `src/types/`. Imports nothing but types and
 * constants, so any context can take it without pulling in code it does not run.
 */
export * from './palette';
export * from './vocabulary';
export * from './records';
export * from './import-outcome';
export * from './collections';
export * from './snapshot';

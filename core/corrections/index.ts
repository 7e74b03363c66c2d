/** The reader's corrections to an analysis: their shape, and the pure function that lays them over a fresh one. */
export * from './types';
export * from './apply';
export * from './export';

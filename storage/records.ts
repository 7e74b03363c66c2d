/**
 * The shared vocabulary and record types moved to model/ (issue 13). This file stays as a re-export
 * because other branches and older code still import from `storage/records`; new code imports from
 * `model/`. Remove it once nothing imports it.
 */
export * from '../model';

/**
 * Every schema version, oldest first. To change the schema, add a version
 * file with its stores and upgrade function and append it here; never edit a
 * shipped one (users' databases were created from it).
 */
import type { Transaction } from 'dexie';
import { V1_STORES } from './v1';
import { V2_STORES, upgradeToV2 } from './v2';
import { V3_STORES } from './v3';
import { V4_STORES } from './v4';
import { V5_STORES } from './v5';
import { V6_STORES } from './v6';
import { V7_STORES } from './v7';

export interface SchemaVersion {
  version: number;
  stores: Readonly<Record<string, string | null>>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: V1_STORES },
  { version: 2, stores: V2_STORES, upgrade: upgradeToV2 },
  { version: 3, stores: V3_STORES },
  { version: 4, stores: V4_STORES },
  { version: 5, stores: V5_STORES },
  { version: 6, stores: V6_STORES },
  { version: 7, stores: V7_STORES },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;

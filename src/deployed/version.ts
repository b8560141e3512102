import type { DeployedState } from '../formats/format';
import type { DeployedSchema, Rehearsal } from './facts';

/** What a deployed database's version table says. */
export interface DeployedVersion extends DeployedState {
  /** The URL with its password redacted, for messages. */
  where: string;
  /** The schema compared with the migrations' (drift, unversioned, dirty diagnosis); absent with drift off. */
  schema?: DeployedSchema;
  /** What the pending migrations did on rehearsal-database-url. */
  rehearsal?: Rehearsal;
}

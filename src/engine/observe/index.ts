export { Observer, type ObserveOptions } from './observe-section';
export type { ObservedLock, ObservedStatement, RelationRef, SectionObservation, StatementFacts } from './types';
export { modeName } from './types';

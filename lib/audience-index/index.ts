// The in-memory audience index: profiles as typed columns and per-profile event timelines,
// counting a whole tree exactly as lib/segments' countTree would, fast enough for previews
// on every edit. Pure (no React, Next, Prisma or database): the database loaders live in
// ./load and the per-workspace registry, which keeps indexes in step with ingest, in
// ./registry (server only). See docs/PERFORMANCE.md for its figures.
export { AudienceIndex, type EvaluateOptions, type IndexCountOptions, type ProfileChanges } from './audience-index';
export { IndexBuilder, type IndexBuilderOptions, type ProfileRow } from './build/index-builder';
export { buildFromInputs } from './build/from-inputs';
export type { PropertySource } from './property-columns';
export type { IndexData, Timeline } from './storage/index-data';

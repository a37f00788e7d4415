// Limits shared by the schema, the validator and the docs. They exist to keep one tree from
// exhausting a server (preview runs on every edit), not to constrain normal use.
export const MAX_GROUP_DEPTH = 5;
export const MAX_PATTERN_LENGTH = 256;
export const MAX_GROUP_CONDITIONS = 50;
export const MAX_EVENT_FILTERS = 20;
export const MAX_LIST_VALUES = 1000;
export const MAX_STRING_VALUE = 1000;
export const MAX_DURATION_AMOUNT = 1_000_000;
export const MAX_SWITCH_CASES = 20;
export const MAX_NODES = 500;
export const MAX_EDGES = 1000;
export const MAX_PATH_SEGMENTS = 5;
export const MAX_PATH_SEGMENT_LENGTH = 64;
/** Largest `{n,m}` count in a `matches` pattern. */
export const MAX_REPEAT_COUNT = 1000;
/** Largest automaton a `matches` pattern may compile to (after expanding counted repeats). */
export const MAX_PATTERN_STATES = 10_000;

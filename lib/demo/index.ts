// Deterministic demo data: customers with traits, consent and last-seen context, and 90
// days of shop behaviour. Pure: imports nothing from React, Next or Prisma.
export { generateDemoBatches, collectDemo, defaultAsOf, demoWindow, DEFAULT_WINDOW_DAYS } from './dataset';
export type { DemoBatch, DemoEvent, DemoEventName, DemoOptions, DemoProfile, Lifecycle } from './types';

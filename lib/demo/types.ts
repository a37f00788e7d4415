// Plain objects the demo generator yields. Timestamps are epoch milliseconds (numbers) so the
// loaders can write them without re-parsing; JSON fields are plain objects.
export type Lifecycle = 'active' | 'new' | 'churned' | 'dormant';

export type DemoEventName = 'page_view' | 'product_view' | 'add_to_cart' | 'purchase' | 'email_open' | 'email_click';

export interface DemoConsent {
  analytics: boolean;
  personalization: boolean;
  marketing: boolean;
}

/** Last-seen context; keys follow the tracking API (utm_* in snake case). */
export interface DemoContext {
  device: string;
  os: string;
  browser: string;
  country: string;
  region: string;
  city: string;
  timezone: string;
  referrer?: string;
  utm_source?: string;
  utm_medium?: string;
  utm_campaign?: string;
}

export interface DemoProfile {
  /** 0-based position in the generated data set. */
  index: number;
  externalId: string;
  traits: Record<string, unknown>;
  consent: DemoConsent;
  context: DemoContext;
  /** Generator bookkeeping (not stored): how this customer was meant to behave. */
  lifecycle: Lifecycle;
  signupAt: number;
  /** min/max of the signup time and the profile's events. */
  firstSeenAt: number;
  lastSeenAt: number;
  eventCount: number;
}

export interface DemoEvent {
  profileIndex: number;
  externalId: string;
  name: DemoEventName;
  timestamp: number;
  properties: Record<string, string | number>;
  messageId: string;
}

export interface DemoOptions {
  profiles: number;
  /** Total events over all profiles; the generator produces exactly this many. */
  events: number;
  seed: number;
  /** The anchor instant (ms): every event lies in [asOf − windowDays, asOf]. */
  asOf: number;
  windowDays?: number;
  /** Profiles per yielded batch (their events come with them). */
  batchSize?: number;
  /** Prefix of external ids; messageIds derive from them. */
  idPrefix?: string;
}

export interface DemoBatch {
  profiles: DemoProfile[];
  events: DemoEvent[];
}

export interface DemoWindow {
  start: number;
  end: number;
}

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

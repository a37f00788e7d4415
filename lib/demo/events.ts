import { CATEGORIES, EMAIL_CAMPAIGNS, PAGES, PRODUCTS, type Product } from './catalog';
import type { Rng } from './random';
import type { Activity } from './activity';
import type { Persona } from './profile';
import { HOUR, type DemoEvent, type DemoEventName } from './types';

// A customer's behaviour: visits (page views, product views, carts, purchases) and e-mail
// interactions, cut to exactly the number of events the budget gives this customer, then
// spread over their active period at plausible local hours. Events are built once and
// finished in place (time, messageId): at 20M events, every extra object per event shows.

/** Relative chance of activity by local hour: quiet nights, busy evenings. */
const LOCAL_HOUR_WEIGHT = [
  0.25, 0.15, 0.1, 0.08, 0.08, 0.12, 0.25, 0.45, 0.6, 0.65, 0.7, 0.75,
  0.8, 0.8, 0.75, 0.72, 0.75, 0.82, 0.92, 1, 1, 0.95, 0.75, 0.45,
];

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Builds one customer's events; `timestamp` holds the offset inside its visit until placed. */
class EventWriter {
  orders = 0;
  constructor(
    readonly rng: Rng,
    readonly persona: Persona,
    readonly profileIndex: number,
    readonly externalId: string,
  ) {}

  event(name: DemoEventName, properties: DemoEvent['properties'], offset: number): DemoEvent {
    return { profileIndex: this.profileIndex, externalId: this.externalId, name, timestamp: offset, properties, messageId: '' };
  }

  category(): number {
    const { rng, persona } = this;
    if (persona.preferred.length > 0 && rng.chance(0.75)) return rng.pick(persona.preferred);
    return rng.int(0, CATEGORIES.length - 1);
  }

  visit(): DemoEvent[] {
    const { rng, persona } = this;
    const unit = [this.event('page_view', { path: rng.pick(PAGES) }, 0)];
    let offset = 0;
    const cart: { product: Product; quantity: number }[] = [];
    const views = 1 + rng.geometric(0.55, 15);
    for (let i = 0; i < views; i++) {
      const category = this.category();
      if (rng.chance(0.3)) {
        offset += 5_000 + Math.floor(rng.exponential(40_000));
        unit.push(this.event('page_view', { path: `/c/${CATEGORIES[category].name.replace(' ', '-')}` }, offset));
      }
      const product = rng.pick(PRODUCTS[category]);
      const { productId, price } = product;
      offset += 5_000 + Math.floor(rng.exponential(40_000));
      unit.push(this.event('product_view', { productId, category: product.category, price }, offset));
      if (rng.chance(persona.cartRate)) {
        const quantity = rng.chance(0.85) ? 1 : rng.int(2, 3);
        cart.push({ product, quantity });
        offset += 5_000 + Math.floor(rng.exponential(40_000));
        unit.push(this.event('add_to_cart', { productId, category: product.category, price, quantity }, offset));
      }
    }
    if (cart.length > 0 && rng.chance(persona.checkoutRate)) {
      const main = cart.reduce((a, b) => (b.product.price * b.quantity > a.product.price * a.quantity ? b : a));
      offset += 5_000 + Math.floor(rng.exponential(40_000)) + 30_000;
      unit.push(this.event('purchase', {
        orderId: `ord-${this.externalId}-${++this.orders}`,
        amount: round2(cart.reduce((sum, x) => sum + x.product.price * x.quantity, 0)),
        category: main.product.category,
        items: cart.reduce((n, x) => n + x.quantity, 0),
      }, offset));
    }
    return unit;
  }

  email(): DemoEvent[] {
    const campaign = this.rng.pick(EMAIL_CAMPAIGNS);
    const unit = [this.event('email_open', { campaign }, 0)];
    if (this.rng.chance(this.persona.clickRate)) unit.push(this.event('email_click', { campaign }, 3_000 + Math.floor(this.rng.exponential(60_000))));
    return unit;
  }
}

/** A start time in [lo, hi], accepted more often at busy local hours. */
function startTime(rng: Rng, lo: number, hi: number, utcOffset: number): number {
  let t = lo;
  for (let tries = 0; tries < 4; tries++) {
    t = lo + Math.floor(rng.next() * (hi - lo + 1));
    const localHour = Math.floor((t / HOUR + utcOffset) % 24 + 24) % 24;
    if (rng.next() < LOCAL_HOUR_WEIGHT[localHour]) break;
  }
  return t;
}

export function generateEvents(
  rng: Rng, profileIndex: number, externalId: string, persona: Persona, activity: Activity, budget: number,
): DemoEvent[] {
  const writer = new EventWriter(rng, persona, profileIndex, externalId);
  const events: DemoEvent[] = [];
  const span = activity.to - activity.from;
  for (let remaining = budget; remaining > 0; ) {
    const unit = rng.chance(persona.emailShare) ? writer.email() : writer.visit();
    if (unit.length > remaining) unit.length = remaining;
    remaining -= unit.length;
    // Place the visit: one longer than the whole active period (a sign-up minutes ago) is squeezed in.
    const duration = unit[unit.length - 1].timestamp;
    const scale = duration > span ? span / duration : 1;
    const start = startTime(rng, activity.from, activity.to - Math.ceil(duration * scale), persona.utcOffset);
    for (const event of unit) {
      event.timestamp = start + Math.floor(event.timestamp * scale);
      events.push(event);
    }
  }
  events.sort((a, b) => a.timestamp - b.timestamp);
  for (let n = 0; n < events.length; n++) events[n].messageId = `${externalId}-${n + 1}`;
  return events;
}

import { preferredCategories } from './catalog';
import {
  EDUCATION, EMAIL_DOMAINS, FEMALE_FIRST_NAMES, INTERESTS, LAST_NAMES, MALE_FIRST_NAMES, NEUTRAL_FIRST_NAMES, OCCUPATIONS,
} from './people';
import { PLACES, type Place } from './places';
import { pickWeighted, rngFor, weighted, type Rng, type WeightedTable } from './random';
import { lastSeenContext } from './context';
import type { Activity } from './activity';
import type { DemoConsent, DemoContext } from './types';

/** What the event generator needs to know about a customer beyond the stored profile. */
export interface Persona {
  preferred: number[];
  /** Probability that a viewed product goes into the cart. */
  cartRate: number;
  /** Probability that a session with a full cart ends in a purchase. */
  checkoutRate: number;
  /** Share of activity that is e-mail (0 without marketing consent). */
  emailShare: number;
  clickRate: number;
  utcOffset: number;
}

export interface GeneratedProfile {
  externalId: string;
  traits: Record<string, unknown>;
  consent: DemoConsent;
  context: DemoContext;
  persona: Persona;
}

const PLACE_TABLE = weighted(PLACES.map((p) => [p, p.weight] as const));
const GENDER_TABLE = weighted([['female', 49], ['male', 48], ['non-binary', 2], [null, 1]] as const);
const EDUCATION_TABLE = weighted(EDUCATION);
const WORK_TABLE = weighted(OCCUPATIONS.working.map(([name, w, income]) => [{ name, income }, w] as const));
const PLAN_TABLE = weighted([['free', 70], ['plus', 22], ['premium', 8]] as const);
const EDUCATION_INCOME: Record<string, number> = { high_school: 0.85, vocational: 0.95, bachelor: 1.1, master: 1.25, phd: 1.35, other: 0.9 };
const TIERS = [['bronze', 0], ['silver', 1000], ['gold', 5000], ['platinum', 20000]] as const;

/** Lower-case ASCII for e-mail local parts: "Chloé O'Brien" → "chloe", "obrien" (memoised: few names). */
const asciiCache = new Map<string, string>();
function asciiLower(s: string): string {
  let ascii = asciiCache.get(s);
  if (ascii === undefined) {
    ascii = s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
    asciiCache.set(s, ascii);
  }
  return ascii;
}

function firstNameFor(rng: Rng, gender: string | null): string {
  if (gender === 'female') return rng.pick(FEMALE_FIRST_NAMES);
  if (gender === 'male') return rng.pick(MALE_FIRST_NAMES);
  return rng.pick(NEUTRAL_FIRST_NAMES);
}

function occupationFor(rng: Rng, age: number): { name: string; income: number } {
  if (age < 23 && rng.chance(0.7)) return { name: 'student', income: 0.25 };
  if (age >= 66 && rng.chance(0.85)) return { name: 'retired', income: 0.65 };
  return pickWeighted(rng, WORK_TABLE);
}

/** Interest weights depend only on a few age bands and the gender: one table per combination. */
const interestTables = new Map<string, WeightedTable<string>>();
function interestTable(age: number, gender: string | null): WeightedTable<string> {
  const young = age < 35;
  const parent = age >= 28 && age <= 48;
  const older = age >= 45;
  const female = gender === 'female';
  const key = `${+young}${+parent}${+older}${+female}`;
  let table = interestTables.get(key);
  if (!table) {
    table = weighted(
      INTERESTS.map((interest) => {
        if (interest === 'gaming') return [interest, young ? 2 : 0.5] as const;
        if (interest === 'kids') return [interest, parent ? 1.8 : 0.3] as const;
        if (interest === 'gardening') return [interest, older ? 1.8 : 0.5] as const;
        if (interest === 'beauty' || interest === 'fashion') return [interest, female ? 2 : 0.7] as const;
        return [interest, 1] as const;
      }),
    );
    interestTables.set(key, table);
  }
  return table;
}

/** 1–5 distinct interests, nudged by age and gender the way shop data usually looks. */
function interestsFor(rng: Rng, age: number, gender: string | null): string[] {
  const count = rng.int(1, 5);
  const table = interestTable(age, gender);
  const chosen: string[] = [];
  for (let tries = 0; chosen.length < count && tries < 20; tries++) {
    const interest = pickWeighted(rng, table);
    if (!chosen.includes(interest)) chosen.push(interest);
  }
  return chosen;
}

export function generateProfile(seed: number, index: number, idPrefix: string, activity: Activity): GeneratedProfile {
  const rng = rngFor(seed, 'profile', index);
  const gender = pickWeighted(rng, GENDER_TABLE);
  const age = Math.max(18, Math.min(85, Math.round(rng.normal(39, 14))));
  const firstName = firstNameFor(rng, gender);
  const lastName = rng.pick(LAST_NAMES);
  const home: Place = pickWeighted(rng, PLACE_TABLE);
  const education = pickWeighted(rng, EDUCATION_TABLE);
  const occupation = occupationFor(rng, age);
  const ageCurve = age < 30 ? 0.75 : age < 55 ? 1.1 : 1;
  const income = Math.round((42_000 * occupation.income * EDUCATION_INCOME[education] * ageCurve * Math.exp(rng.normal(0, 0.35))) / 500) * 500;
  const rich = income > 90_000;
  const plan = rich && rng.chance(0.3) ? 'premium' : pickWeighted(rng, PLAN_TABLE);
  const tenureDays = Math.max(0, (activity.to - activity.signupAt) / 86_400_000);
  const points = Math.floor(tenureDays * rng.range(0, 12) * (plan === 'free' ? 1 : 2));
  const tier = TIERS.filter(([, min]) => points >= min).pop()![0];
  const interests = interestsFor(rng, age, gender);

  const traits: Record<string, unknown> = {
    firstName,
    lastName,
    email: `${asciiLower(firstName)}.${asciiLower(lastName)}${index + 1}@${rng.pick(EMAIL_DOMAINS)}`,
    age,
    ...(gender ? { gender } : {}),
    // Some fields are left out on purpose, as in real data: the quality report shows fill rates.
    ...(rng.chance(0.94) ? { income } : {}),
    occupation: occupation.name,
    ...(rng.chance(0.95) ? { education } : {}),
    city: home.city,
    country: home.country,
    interests,
    plan,
    loyalty: { tier, points },
    emailVerified: rng.chance(0.88),
    signupDate: new Date(activity.signupAt).toISOString(),
  };
  const consent: DemoConsent = {
    analytics: rng.chance(0.96),
    personalization: rng.chance(0.92),
    marketing: rng.chance(0.62),
  };
  const buyer = Math.exp(rng.normal(0, 0.5)) * (plan === 'premium' ? 1.6 : plan === 'plus' ? 1.25 : 1);
  const persona: Persona = {
    preferred: preferredCategories(interests),
    cartRate: Math.min(0.6, 0.14 * buyer),
    checkoutRate: Math.min(0.9, 0.45 * Math.sqrt(buyer)),
    emailShare: consent.marketing ? rng.range(0.05, 0.3) : 0,
    clickRate: rng.range(0.05, 0.4),
    utcOffset: home.utcOffset,
  };
  const context = lastSeenContext(rng, home, PLACE_TABLE, consent.marketing);
  return { externalId: `${idPrefix}${String(index + 1).padStart(7, '0')}`, traits, consent, context, persona };
}

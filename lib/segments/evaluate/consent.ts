import { isPlainObject } from '../values/paths';

// Absent consent counts as granted unless the workspace requires opt-in. Only JSON booleans
// count: "false" (text) is not a refusal, and with opt-in "true" (text) is not a grant.
export function isExcludedForConsent(consent: unknown, requireOptIn = false): boolean {
  const personalization = isPlainObject(consent) ? consent.personalization : undefined;
  return requireOptIn ? personalization !== true : personalization === false;
}

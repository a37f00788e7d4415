// Cities the demo customers live in, with the region, country (ISO 3166-1 alpha-2) and IANA
// time zone that really belong together, so conditions on city, country and local hour
// agree with each other. `utcOffset` is the standard-time offset in hours: close enough to
// place activity at plausible local hours without a time-zone database in the hot loop.
export interface Place {
  city: string;
  region: string;
  country: string;
  timezone: string;
  utcOffset: number;
  /** Relative share of customers. */
  weight: number;
}

export const PLACES: readonly Place[] = [
  { city: 'New York', region: 'New York', country: 'US', timezone: 'America/New_York', utcOffset: -5, weight: 9 },
  { city: 'Los Angeles', region: 'California', country: 'US', timezone: 'America/Los_Angeles', utcOffset: -8, weight: 6 },
  { city: 'Chicago', region: 'Illinois', country: 'US', timezone: 'America/Chicago', utcOffset: -6, weight: 4 },
  { city: 'Houston', region: 'Texas', country: 'US', timezone: 'America/Chicago', utcOffset: -6, weight: 3 },
  { city: 'Phoenix', region: 'Arizona', country: 'US', timezone: 'America/Phoenix', utcOffset: -7, weight: 2 },
  { city: 'Seattle', region: 'Washington', country: 'US', timezone: 'America/Los_Angeles', utcOffset: -8, weight: 2 },
  { city: 'Denver', region: 'Colorado', country: 'US', timezone: 'America/Denver', utcOffset: -7, weight: 2 },
  { city: 'Miami', region: 'Florida', country: 'US', timezone: 'America/New_York', utcOffset: -5, weight: 2 },
  { city: 'Toronto', region: 'Ontario', country: 'CA', timezone: 'America/Toronto', utcOffset: -5, weight: 3 },
  { city: 'Vancouver', region: 'British Columbia', country: 'CA', timezone: 'America/Vancouver', utcOffset: -8, weight: 2 },
  { city: 'Montreal', region: 'Quebec', country: 'CA', timezone: 'America/Toronto', utcOffset: -5, weight: 2 },
  { city: 'Mexico City', region: 'Mexico City', country: 'MX', timezone: 'America/Mexico_City', utcOffset: -6, weight: 3 },
  { city: 'São Paulo', region: 'São Paulo', country: 'BR', timezone: 'America/Sao_Paulo', utcOffset: -3, weight: 3 },
  { city: 'London', region: 'England', country: 'GB', timezone: 'Europe/London', utcOffset: 0, weight: 7 },
  { city: 'Manchester', region: 'England', country: 'GB', timezone: 'Europe/London', utcOffset: 0, weight: 2 },
  { city: 'Edinburgh', region: 'Scotland', country: 'GB', timezone: 'Europe/London', utcOffset: 0, weight: 1 },
  { city: 'Dublin', region: 'Leinster', country: 'IE', timezone: 'Europe/Dublin', utcOffset: 0, weight: 1 },
  { city: 'Berlin', region: 'Berlin', country: 'DE', timezone: 'Europe/Berlin', utcOffset: 1, weight: 4 },
  { city: 'Munich', region: 'Bavaria', country: 'DE', timezone: 'Europe/Berlin', utcOffset: 1, weight: 2 },
  { city: 'Hamburg', region: 'Hamburg', country: 'DE', timezone: 'Europe/Berlin', utcOffset: 1, weight: 2 },
  { city: 'Paris', region: 'Île-de-France', country: 'FR', timezone: 'Europe/Paris', utcOffset: 1, weight: 4 },
  { city: 'Lyon', region: 'Auvergne-Rhône-Alpes', country: 'FR', timezone: 'Europe/Paris', utcOffset: 1, weight: 1 },
  { city: 'Madrid', region: 'Community of Madrid', country: 'ES', timezone: 'Europe/Madrid', utcOffset: 1, weight: 3 },
  { city: 'Barcelona', region: 'Catalonia', country: 'ES', timezone: 'Europe/Madrid', utcOffset: 1, weight: 2 },
  { city: 'Rome', region: 'Lazio', country: 'IT', timezone: 'Europe/Rome', utcOffset: 1, weight: 2 },
  { city: 'Milan', region: 'Lombardy', country: 'IT', timezone: 'Europe/Rome', utcOffset: 1, weight: 2 },
  { city: 'Amsterdam', region: 'North Holland', country: 'NL', timezone: 'Europe/Amsterdam', utcOffset: 1, weight: 2 },
  { city: 'Stockholm', region: 'Stockholm County', country: 'SE', timezone: 'Europe/Stockholm', utcOffset: 1, weight: 1 },
  { city: 'Warsaw', region: 'Masovia', country: 'PL', timezone: 'Europe/Warsaw', utcOffset: 1, weight: 2 },
  { city: 'Cape Town', region: 'Western Cape', country: 'ZA', timezone: 'Africa/Johannesburg', utcOffset: 2, weight: 1 },
  { city: 'Mumbai', region: 'Maharashtra', country: 'IN', timezone: 'Asia/Kolkata', utcOffset: 5.5, weight: 3 },
  { city: 'Bengaluru', region: 'Karnataka', country: 'IN', timezone: 'Asia/Kolkata', utcOffset: 5.5, weight: 2 },
  { city: 'Singapore', region: 'Singapore', country: 'SG', timezone: 'Asia/Singapore', utcOffset: 8, weight: 2 },
  { city: 'Tokyo', region: 'Tokyo', country: 'JP', timezone: 'Asia/Tokyo', utcOffset: 9, weight: 3 },
  { city: 'Sydney', region: 'New South Wales', country: 'AU', timezone: 'Australia/Sydney', utcOffset: 10, weight: 2 },
  { city: 'Melbourne', region: 'Victoria', country: 'AU', timezone: 'Australia/Melbourne', utcOffset: 10, weight: 2 },
];

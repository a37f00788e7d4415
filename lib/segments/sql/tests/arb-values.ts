import fc from 'fast-check';

// Nasty values shared by the data and the operands, so conditions often meet values that are
// almost what they ask for: numbers as strings, case and Unicode traps, dates with and without
// offsets and at window edges, arrays and objects where scalars are expected.
// Not generated, on purpose: NUL and unpaired surrogates (PostgreSQL cannot store them, and
// SQLite turns them into U+FFFD), numbers JSON.stringify never writes (NaN, ±Infinity).

export const AS_OF = Date.parse('2024-06-15T12:00:00.000Z'); // a Saturday
export const DAY = 86_400_000;

// Characters whose lower-casing is special in JavaScript (and differs in databases).
const TRICKY = [
  'İ', 'i', 'I', '\u0307', 'ı', 'Σ', 'σ', 'ς', 'Ο', 'ο', 'ẞ', 'ß', 'K', 'k', '\u212a', 'ǅ', 'ǆ', 'Å', '\u212b', 'é', 'e\u0301',
  '\u0345', "'", '.', ' ', '\n', '😀', '𐐀', '𐐨', 'Ⓐ', 'ⓐ', '-', '_', '1', 'a', 'b', 'A', 'B', 'Ꞵ', '\u1e9e', 'Ω', '\u2126',
];

export const trickyString = fc.array(fc.constantFrom(...TRICKY), { maxLength: 6 }).map((parts) => parts.join(''));

const WORDS = [
  '', '31', 'Paris', 'paris', 'PARIS', 'Lyon', 'İstanbul', 'istanbul', 'ISTANBUL', 'ΟΔΟΣ', 'οδος', 'ΟΔΟΣ ΣΟΦΙΑΣ', 'Straße',
  'STRASSE', 'Café', 'cafe\u0301', 'true', 'null', 'mobile', 'Mobile', 'desktop', 'ann@example.com', 'BOB@Example.org',
  'a.b', 'x\ny', ' spaced ', '😀 emoji', '\u212aelvin',
];
export const word = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: trickyString });

// Dates around AS_OF and the usual windows' edges, in every accepted and some refused forms.
export const DATE_STRINGS = [
  '2024-06-15', '2024-06-15T12:00:00Z', '2024-06-15T12:00:00.000Z', '2024-06-15T12:00:00.001Z', '2024-06-15T14:00:00+02:00',
  '2024-06-15T14:00:00+0200', '2024-06-08T12:00:00Z', '2024-06-08T11:59:59.999Z', '2024-06-08T12:00', '2024-06-10',
  '2024-06-15t12:00:00z', '2024-06-15T12:00:00,5Z', '2024-06-15T12:00:00.0001Z', '2024-06-15T12:00:00.99999999Z',
  '2024-05-16T12:00:00-00:00', '2024-02-29', '2023-02-29', '2024-06-31', '2024-06-15T24:00:00Z', '2024-06-15T12:60:00Z',
  '2024-06-15 12:00', '20240615', ' 2024-06-15', '0000-01-01', '0000-03-01T00:00:00+23:59', '9999-12-31T23:59:59.999-23:59',
  '1969-12-31T23:59:59.999Z', '2024-06-15T12:00:00+24:00', '2024-06-16T00:00:00Z',
];
export const dateString = fc.constantFrom(...DATE_STRINGS);

export const instant = fc.constantFrom(
  '2024-06-15T12:00:00Z', '2024-06-08T12:00:00.000Z', '2024-06-08T14:00:00+02:00', '2024-06-01T00:00:00Z', '2024-06-15T11:59:59.999Z',
  '2024-06-10T00:00:00-05:00', '2024-06-20T00:00:00Z', '1969-12-31T00:00:00Z', '2024-06-14T23:59:59.999+00:00',
);

const NUMBERS = [0, 1, 2, 3, 5, 19.99, 5.01, 25, 30, 30.5, 31, -5, 0.1, 0.2, 0.30000000000000004, 1e21, 2 ** 53, 2 ** 53 + 2, 2 ** 60, 1e-300, 4.9e-324, 2.5e-308, 1e300, -1e300, 689.79, 444.89, 351.75, 1486.43];
export const number = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NUMBERS) },
  // Bounded so a handful of them never sums past ±9e307, where the core's fsum falls back to
  // an order-dependent naive sum (the documented limit of exact sums, docs/SQL-ENGINE.md).
  { weight: 1, arbitrary: fc.double({ min: -1e300, max: 1e300, noNaN: true }).map((x) => (Object.is(x, -0) ? 0 : x)) },
  { weight: 1, arbitrary: fc.integer({ min: -3, max: 40 }) },
);

export const scalar = fc.oneof(number, word, dateString, fc.boolean(), fc.constant(null));

/** Anything a trait or property may hold. */
export const jsonValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 2, arbitrary: fc.array(fc.oneof(number, word, fc.boolean(), fc.constant(null), fc.constant([1])), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom({}, { a: 1 }, { city: 'Paris' }) },
);

/** Valid `matches` patterns (the core refuses unsafe or unsupported ones). */
export const PATTERNS = [
  '^P', 'is$', 'a.c', '^$', '[0-9]{2}', '\\d+', '\\w+@\\w+\\.com$', '\\s', '^[^a-z]+$', '(cat|dog)+', 'ΟΔ', 'ς$', 'x{0,300}y',
  'é', 'e\\u0301', '\\u{1F600}', '.', '^.{3,}$', '[Ss]tra(ss|ß)e', 'a?b?c?', '\\.', '^-?\\d+(\\.\\d+)?$', '[\\u0100-\\uFFFF]', '^(?:P|L)', 'a{256}',
  '\\n', '^\\S*$', '[A-Z]{2,1000}', '',
];

// The request contexts of the evaluation benchmark's visitors (both load generators).
export const CONTEXTS = [
  { userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1', utm_source: 'newsletter' },
  { device: 'desktop', timezone: 'Europe/Paris', referrer: 'https://www.google.com/' },
  {},
];

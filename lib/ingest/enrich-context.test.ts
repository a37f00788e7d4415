import { describe, expect, it } from 'vitest';
import { enrichContext, ipToLocate } from './enrich-context';
import { loadGeoLookup } from './enrich-geo';
import { userAgentFields } from './enrich-user-agent';

const CHROME_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const SAFARI_IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';

describe('userAgentFields', () => {
  it('reads Chrome on Windows as a desktop', () => {
    expect(userAgentFields(CHROME_WINDOWS)).toEqual({ device: 'desktop', os: 'Windows', browser: 'Chrome' });
  });
  it('reads Safari on an iPhone as mobile', () => {
    expect(userAgentFields(SAFARI_IPHONE)).toEqual({ device: 'mobile', os: 'iOS', browser: 'Mobile Safari' });
  });
  it('does not call an unknown client a desktop', () => {
    expect(userAgentFields('curl/8.5.0')).toEqual({});
  });
});

describe('geo lookup', () => {
  it('places 8.8.8.8 in the US with a time zone, and knows nothing of private addresses', async () => {
    const geo = await loadGeoLookup();
    const google = geo('8.8.8.8');
    expect(google.country).toBe('US');
    expect(google.timezone).toMatch(/^America\//);
    expect(geo('192.168.1.10')).toEqual({});
    expect(geo('not an ip')).toEqual({});
  }, 30_000);
});

describe('enrichContext', () => {
  const geo = () => ({ country: 'US', region: 'CA', city: 'Mountain View', timezone: 'America/Los_Angeles' });

  it('fills device, os, browser and location from userAgent and ip', () => {
    expect(enrichContext({ userAgent: CHROME_WINDOWS, ip: '8.8.8.8' }, geo)).toEqual({
      userAgent: CHROME_WINDOWS, ip: '8.8.8.8',
      device: 'desktop', os: 'Windows', browser: 'Chrome',
      country: 'US', region: 'CA', city: 'Mountain View', timezone: 'America/Los_Angeles',
    });
  });

  it('lets explicit values win, null included', () => {
    const context = { userAgent: CHROME_WINDOWS, browser: 'Edge', os: null, ip: '8.8.8.8', timezone: 'Europe/Paris' };
    expect(enrichContext(context, geo)).toEqual({ ...context, device: 'desktop', country: 'US', region: 'CA', city: 'Mountain View' });
  });

  it('does not mix a given country with a city from the address', () => {
    expect(enrichContext({ ip: '8.8.8.8', country: 'FR' }, geo)).toEqual({ ip: '8.8.8.8', country: 'FR', timezone: 'America/Los_Angeles' });
  });

  it('uses the request fallback without storing it', () => {
    const out = enrichContext({}, geo, { userAgent: SAFARI_IPHONE, ip: '1.2.3.4' });
    expect(out).toEqual({ device: 'mobile', os: 'iOS', browser: 'Mobile Safari', country: 'US', region: 'CA', city: 'Mountain View', timezone: 'America/Los_Angeles' });
  });

  it('returns the same object when there is nothing to add', () => {
    const context = { city: 'Lyon' };
    expect(enrichContext(context, geo)).toBe(context);
    expect(ipToLocate({ country: 'FR', timezone: 'Europe/Paris', ip: '1.1.1.1' })).toBeUndefined();
  });
});

import { z } from 'zod';
import { roleSchema } from './account';

export const updateMemberSchema = z.object({ role: roleSchema });

/** IANA names as the runtime knows them: the editor's date pickers must be able to use it. */
function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

// An origin is scheme://host[:port] with nothing after it, which is what a browser sends
// in the Origin header the evaluation route compares against.
const originSchema = z
  .string()
  .trim()
  .max(200)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value.replace(/\/$/, '');
    } catch {
      return false;
    }
  }, 'Use an origin such as https://www.example.com (no path).')
  .transform((value) => value.replace(/\/$/, ''));

export const workspaceSettingsSchema = z
  .object({
    name: z.string().trim().min(1, 'Name your workspace.').max(100),
    requireOptIn: z.boolean(),
    timezone: z.string().trim().min(1).max(64).refine(isTimeZone, 'Pick a time zone from the list (IANA name, e.g. Europe/Paris).'),
    siteOrigins: z.array(originSchema).max(50, 'At most 50 origins.'),
    /** The editor warns about segments smaller than this many profiles (0: no such rule)… */
    minSegmentSize: z.number({ error: 'Enter a whole number of profiles.' }).int('Enter a whole number of profiles.').min(0, 'Use 0 or more.').max(1_000_000_000, 'Use at most 1,000,000,000.'),
    /** …or than this percentage of all profiles (0: no such rule). */
    minSegmentPercent: z.number({ error: 'Enter a percentage.' }).min(0, 'Use 0 or more.').max(100, 'Use at most 100.'),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Send at least one setting to change.');

export type WorkspaceSettingsInput = z.infer<typeof workspaceSettingsSchema>;

export const createWorkspaceSchema = z.object({ name: z.string().trim().min(1, 'Name your workspace.').max(100) });

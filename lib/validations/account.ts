import { z } from 'zod';
import { ROLES, SCOPES } from '@/lib/auth/roles';

export const emailSchema = z.string().trim().toLowerCase().email('Enter a valid email address.').max(254);
export const passwordSchema = z.string().min(8, 'Use at least 8 characters.').max(200, 'Use at most 200 characters.');

export const signUpSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: z.string().trim().max(100).optional(),
  workspaceName: z.string().trim().min(1, 'Name your workspace.').max(100),
});

export const roleSchema = z.enum(ROLES);
export const scopesSchema = z.array(z.enum(SCOPES)).min(1, 'Pick at least one scope.');

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, 'Name the key.').max(100),
  scopes: scopesSchema,
});

export const createInvitationSchema = z.object({
  email: emailSchema.optional(),
  role: roleSchema,
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password.').max(200),
});

/**
 * Accepting an invitation: `new` creates the user with this password, `existing` proves an
 * existing account by its password. A signed-in user accepts with neither.
 */
export const acceptInvitationSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('new'), email: emailSchema, password: passwordSchema, name: z.string().trim().max(100).optional() }),
  z.object({ mode: z.literal('existing'), email: emailSchema, password: z.string().min(1, 'Enter your password.').max(200) }),
]);

export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;

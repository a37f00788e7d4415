// Who may do what. Sessions carry a role; API keys carry scopes. Both resolve to the same
// permissions so every route declares exactly one.
export const ROLES = ['owner', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const SCOPES = ['ingest', 'evaluate', 'read', 'write'] as const;
export type Scope = (typeof SCOPES)[number];

/** `admin` (members, invitations, API keys, settings) is for owners' sessions only. */
export type Permission = Scope | 'admin';

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  owner: ['read', 'evaluate', 'write', 'ingest', 'admin'],
  editor: ['read', 'evaluate', 'write', 'ingest'],
  viewer: ['read', 'evaluate'],
};

export function roleAllows(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function scopesAllow(scopes: readonly Scope[], permission: Permission): boolean {
  return permission !== 'admin' && scopes.includes(permission);
}

export function parseScopes(value: string): Scope[] {
  return value.split(',').filter((s): s is Scope => (SCOPES as readonly string[]).includes(s));
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

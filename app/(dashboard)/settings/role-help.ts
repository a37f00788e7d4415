import type { Role } from '@/lib/auth/roles';

export const ROLE_HELP: Record<Role, string> = {
  owner: 'Everything, including members, invitations, API keys and settings.',
  editor: 'Build trees, content and experiments; import and send data.',
  viewer: 'Read-only: look at trees, results and profiles.',
};

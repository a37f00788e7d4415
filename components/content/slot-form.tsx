import Link from 'next/link';
import { ApiClientError } from '@/components/hooks/api-client';

// What the create dialog and the slot card share: their errors by field, and experiment links.

export type SlotFormErrors = Partial<Record<'key' | 'name' | 'treeId', string>>;

/** The first zod issue per field. */
export function slotIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): SlotFormErrors {
  const found: SlotFormErrors = {};
  for (const issue of issues) found[String(issue.path[0]) as keyof SlotFormErrors] ??= issue.message;
  return found;
}

/** The API's refusal at its field; a taken key is a 409 without issues, and belongs next to the key all the same. */
export function slotApiErrors(error: unknown): SlotFormErrors {
  if (!(error instanceof ApiClientError)) return {};
  return error.status === 409 ? { key: error.message } : error.fieldErrors();
}

export function ExperimentLinks({ experiments }: { experiments: { id: string; name: string }[] }) {
  return experiments.map((e, i) => (
    <span key={e.id}>
      {i > 0 && ', '}
      <Link href={`/experiments/${e.id}`} className="text-brand-700 hover:underline">{e.name}</Link>
    </span>
  ));
}

'use client';

import { type Path, useIssues } from './editor-context';

/** The schema's messages for one input, and the aria attributes that point the input at them. */
export function useIssueProps(path: Path, id: string) {
  const issues = useIssues(path);
  const errorId = `${id}-error`;
  return {
    issues,
    errorId,
    aria: { 'aria-invalid': issues.length > 0 || undefined, 'aria-describedby': issues.length > 0 ? errorId : undefined },
  } as const;
}

export function IssueText({ id, issues }: { id: string; issues: readonly string[] }) {
  if (issues.length === 0) return null;
  return (
    <div id={id} className="space-y-0.5">
      {issues.map((m) => (
        <p key={m} className="text-xs font-medium text-red-600">
          {m}
        </p>
      ))}
    </div>
  );
}

export function HintText({ children }: { children?: React.ReactNode }) {
  if (!children) return null;
  return <p className="text-xs text-amber-700">{children}</p>;
}

/** A small caption above an input, tied to it by htmlFor. */
export function Caption({ htmlFor, children }: { htmlFor: string; children: React.ReactNode }) {
  return (
    <label htmlFor={htmlFor} className="mb-1 block text-xs font-medium text-slate-600">
      {children}
    </label>
  );
}

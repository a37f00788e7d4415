'use client';

import { createContext, useContext } from 'react';
import type { DraftContext } from '@/lib/condition-editor/condition-drafts';
import { type IssueMap, pathKey } from '@/lib/condition-editor/issues';

// What every part of one editor shares: the field catalogue, the workspace's time zone,
// published segments, the schema's issues by path, and whether editing is allowed.

export type EditorEnv = DraftContext & { issues: IssueMap; disabled: boolean };

const EditorContext = createContext<EditorEnv | null>(null);

export const EditorProvider = EditorContext.Provider;

export function useEditor(): EditorEnv {
  const env = useContext(EditorContext);
  if (!env) throw new Error('useEditor outside <ConditionEditor>');
  return env;
}

export type Path = readonly (string | number)[];

/** The schema's messages for the input at `path`. */
export function useIssues(path: Path): readonly string[] {
  return useEditor().issues.get(pathKey(path)) ?? [];
}

/** A stable DOM id for the input at `path` inside this editor. */
export function inputId(editorId: string, path: Path, suffix = ''): string {
  return `${editorId}-${path.join('-') || 'root'}${suffix ? `-${suffix}` : ''}`;
}

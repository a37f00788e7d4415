// The condition panel for split nodes and switch cases (see docs/EDITOR-CONDITIONS.md).
export { ConditionEditor, type ConditionEditorProps } from './condition-editor';
export { useWorkspaceSchema } from './use-workspace-schema';
export { defaultCondition } from '@/lib/condition-editor/default-condition';
export type { SchemaResponse } from '@/lib/condition-editor/schema-response';

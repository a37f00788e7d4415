/** Props every labelled input of the editor takes (aria-label, state, error description). */
export type ControlProps = { id: string; label: string; disabled?: boolean; invalid?: boolean; describedBy?: string };

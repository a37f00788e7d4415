/** The tooltip of every disabled write action, so a viewer knows why and whom to ask. */
export const VIEWER_TITLE = 'Viewers can look but not change content: ask an owner for editor access.';

/** Joins class names, skipping falsy ones (no clsx dependency for something this small). */
export function cn(...parts: (string | false | null | undefined)[]): string {
  return parts.filter(Boolean).join(' ');
}

'use client';

import { useId, useMemo, useRef, useState } from 'react';
import { cn } from '@/components/ui/cn';
import { inputClasses } from '@/components/ui/field';
import type { Parsed } from '@/lib/condition-editor/parse-input';

// A searchable picker (WAI-ARIA combobox with a listbox popup): type to filter, arrows to
// move, Enter to choose, Escape to close. With `parseFree`, text that matches no option can
// be used as is (a trait the sample has not seen yet), after the parser accepts it.

export type ComboOption = { value: string; label: string; detail?: string; badge?: string; group?: string };

const MAX_SHOWN = 80;

export function Combobox({
  id,
  label,
  value,
  options,
  onSelect,
  parseFree,
  placeholder,
  disabled,
  invalid,
  describedBy,
}: {
  id?: string;
  label: string;
  value: string;
  options: readonly ComboOption[];
  onSelect(value: string): void;
  parseFree?: (text: string) => Parsed<string>;
  placeholder?: string;
  disabled?: boolean;
  invalid?: boolean;
  describedBy?: string;
}) {
  const autoId = useId();
  const inputId = id ?? autoId;
  const listId = `${inputId}-list`;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [problem, setProblem] = useState<string>();
  const inputRef = useRef<HTMLInputElement>(null);

  const selected = options.find((o) => o.value === value);
  const shownText = query ?? (selected ? selected.label : value);

  const filtered = useMemo(() => {
    const q = (query ?? '').trim().toLowerCase();
    const hits = q ? options.filter((o) => o.label.toLowerCase().includes(q) || o.value.toLowerCase().includes(q)) : options;
    return hits.slice(0, MAX_SHOWN);
  }, [options, query]);

  const free = parseFree && query?.trim() ? parseFree(query) : undefined;
  const freeItem: ComboOption | undefined =
    free?.value !== undefined && !options.some((o) => o.value === free.value)
      ? { value: free.value, label: `Use “${free.value}”`, detail: 'Not seen in the sample yet' }
      : undefined;
  const items = freeItem ? [freeItem, ...filtered] : filtered;

  const close = () => {
    setOpen(false);
    setQuery(null);
    setActive(0);
  };
  const choose = (next: string) => {
    setProblem(undefined);
    close();
    if (next !== value) onSelect(next);
  };
  const commitTyped = () => {
    if (query === null || !query.trim()) return close();
    const exact = options.find((o) => o.label.toLowerCase() === query.trim().toLowerCase() || o.value === query.trim());
    if (exact) return choose(exact.value);
    if (free?.value !== undefined) return choose(free.value);
    if (free?.problem) setProblem(free.problem);
    close();
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) setOpen(true);
      else setActive((i) => Math.min(items.length - 1, i + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (e.key === 'Enter') {
      if (!open) return;
      e.preventDefault();
      const item = items[active];
      if (item && query !== null) choose(item.value);
      else commitTyped();
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        e.stopPropagation();
        close();
      }
    }
  };

  const activeItem = open ? items[active] : undefined;
  const optionId = (i: number) => `${inputId}-opt-${i}`;
  const problemId = `${inputId}-problem`;

  return (
    <div className="relative">
      <input
        ref={inputRef}
        id={inputId}
        role="combobox"
        aria-label={label}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeItem ? optionId(active) : undefined}
        aria-invalid={invalid || !!problem || undefined}
        aria-describedby={[problem ? problemId : undefined, describedBy].filter(Boolean).join(' ') || undefined}
        autoComplete="off"
        spellCheck={false}
        disabled={disabled}
        placeholder={placeholder}
        className={cn(inputClasses, 'pr-8')}
        value={shownText}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
          setProblem(undefined);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={(e) => {
          if (e.relatedTarget && (e.relatedTarget as HTMLElement).closest(`#${CSS.escape(listId)}`)) return;
          commitTyped();
        }}
        onKeyDown={onKeyDown}
      />
      <button
        type="button"
        tabIndex={-1}
        aria-hidden
        disabled={disabled}
        className="absolute inset-y-0 right-0 flex w-8 items-center justify-center text-slate-400"
        onMouseDown={(e) => {
          e.preventDefault();
          if (open) close();
          else {
            setOpen(true);
            inputRef.current?.focus();
          }
        }}
      >
        <svg viewBox="0 0 20 20" className="size-4" fill="currentColor" aria-hidden>
          <path d="M5.5 7.5 10 12l4.5-4.5z" />
        </svg>
      </button>
      {open && (
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          className="absolute z-40 mt-1 max-h-72 w-full overflow-auto rounded-lg border border-slate-200 bg-white p-1 text-sm shadow-lg"
        >
          {items.length === 0 && <li className="px-2.5 py-2 text-slate-500">{free?.problem ?? 'No match.'}</li>}
          {items.map((item, i) => {
            const groupStart = item.group && item.group !== items[i - 1]?.group;
            return (
              <li key={`${item.value}-${i}`} role="presentation">
                {groupStart && <div className="px-2.5 pt-2 pb-1 text-[11px] font-semibold tracking-wide text-slate-400 uppercase">{item.group}</div>}
                <div
                  id={optionId(i)}
                  role="option"
                  aria-selected={item.value === value}
                  className={cn(
                    'flex cursor-pointer items-start gap-2 rounded-md px-2.5 py-1.5',
                    i === active ? 'bg-brand-50 text-brand-700' : 'text-slate-700',
                  )}
                  onMouseEnter={() => setActive(i)}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(item.value)}
                >
                  <span className="min-w-0 flex-1">
                    <span className="block truncate font-medium">{item.label}</span>
                    {item.detail && <span className="block truncate text-xs text-slate-500">{item.detail}</span>}
                  </span>
                  {item.badge && (
                    <span className="mt-0.5 shrink-0 rounded bg-slate-100 px-1.5 py-0.5 text-[11px] font-medium text-slate-600">{item.badge}</span>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {problem && (
        <p id={problemId} className="mt-1 text-xs font-medium text-red-600">
          {problem}
        </p>
      )}
    </div>
  );
}

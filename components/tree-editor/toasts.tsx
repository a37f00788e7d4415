'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { cn } from '@/components/ui/cn';

export type ToastTone = 'info' | 'error' | 'success';
interface Toast {
  id: number;
  message: string;
  tone: ToastTone;
}

/** Short-lived messages over the canvas (a refused connection, a publish); newest last, at most three. */
export function useToasts() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const toast = useCallback((message: string, tone: ToastTone = 'info') => {
    const id = next.current++;
    setToasts((list) => [...list.filter((t) => t.message !== message), { id, message, tone }].slice(-3));
  }, []);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  return { toasts, toast, dismiss };
}

export function Toasts({ toasts, dismiss }: { toasts: Toast[]; dismiss(id: number): void }) {
  return (
    <div className="pointer-events-none absolute inset-x-0 bottom-6 z-20 flex flex-col items-center gap-2" role="status" aria-live="polite">
      {toasts.map((t) => (
        <ToastItem key={t.id} toast={t} dismiss={dismiss} />
      ))}
    </div>
  );
}

function ToastItem({ toast, dismiss }: { toast: Toast; dismiss(id: number): void }) {
  useEffect(() => {
    const timer = setTimeout(() => dismiss(toast.id), toast.tone === 'error' ? 6000 : 3500);
    return () => clearTimeout(timer);
  }, [toast, dismiss]);
  return (
    <div
      data-testid="toast"
      data-tone={toast.tone}
      className={cn(
        'pointer-events-auto flex max-w-md items-start gap-3 rounded-lg px-4 py-2.5 text-sm shadow-lg ring-1',
        toast.tone === 'error' && 'bg-red-600 text-white ring-red-700',
        toast.tone === 'success' && 'bg-emerald-600 text-white ring-emerald-700',
        toast.tone === 'info' && 'bg-slate-900 text-white ring-slate-950',
      )}
    >
      <span className="min-w-0 flex-1">{toast.message}</span>
      <button type="button" className="text-white/70 hover:text-white" onClick={() => dismiss(toast.id)} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}

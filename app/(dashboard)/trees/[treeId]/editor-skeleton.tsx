import { Spinner } from '@/components/ui/spinner';

export function EditorSkeleton() {
  return (
    <div className="relative flex h-[85dvh] items-center justify-center bg-slate-50 md:fixed md:inset-y-0 md:right-0 md:left-64 md:z-10 md:h-auto">
      <span className="flex items-center gap-2 text-sm text-slate-500">
        <Spinner /> Opening the editor…
      </span>
    </div>
  );
}

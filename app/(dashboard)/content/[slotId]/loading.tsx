import { Skeleton, SkeletonRows } from '@/components/ui/skeleton';

export default function SlotLoading() {
  return (
    <div aria-busy>
      <Skeleton className="h-8 w-56" />
      <Skeleton className="mt-2 mb-6 h-4 w-32" />
      <Skeleton className="mb-6 h-28 w-full rounded-xl" />
      <SkeletonRows rows={6} label="Loading slot" />
    </div>
  );
}

import { Skeleton, SkeletonRows } from '@/components/ui/skeleton';

export default function DashboardLoading() {
  return (
    <div aria-busy>
      <Skeleton className="h-8 w-48" />
      <Skeleton className="mt-2 mb-8 h-4 w-96 max-w-full" />
      <SkeletonRows rows={6} label="Loading page" />
    </div>
  );
}

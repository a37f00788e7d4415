import { Skeleton, SkeletonRows } from '@/components/ui/skeleton';

export default function ProfilesLoading() {
  return (
    <div aria-busy>
      <Skeleton className="h-8 w-40" />
      <Skeleton className="mt-2 mb-6 h-4 w-80" />
      <Skeleton className="mb-5 h-14 w-full rounded-xl" />
      <SkeletonRows rows={8} label="Loading profiles" />
    </div>
  );
}

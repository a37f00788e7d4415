import { Skeleton, SkeletonRows } from '@/components/ui/skeleton';

export default function ProfileLoading() {
  return (
    <div aria-busy>
      <Skeleton className="mb-4 h-4 w-20" />
      <Skeleton className="h-7 w-72" />
      <Skeleton className="mt-2 mb-6 h-4 w-56" />
      <div className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} className="h-16 rounded-xl" />
        ))}
      </div>
      <SkeletonRows rows={6} label="Loading profile" />
    </div>
  );
}

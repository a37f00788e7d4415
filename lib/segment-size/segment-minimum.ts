// The workspace minimum a segment should reach (over-segmentation warning). Rule: a segment
// is too small when it is below the workspace's minimum size OR below its minimum share of
// all profiles — whichever is larger. Either rule is off when set to 0. `total` is every
// profile of the workspace (the preview's total), so the share does not move with consent.

export type SegmentMinimumSettings = { minSegmentSize: number; minSegmentPercent: number };

export type SegmentMinimumCheck = {
  /** The smallest size that passes. */
  threshold: number;
  below: boolean;
  /** The rule that sets the threshold; null when both are off. */
  rule: 'size' | 'percent' | null;
};

export function checkSegmentMinimum(size: number, total: number, settings: SegmentMinimumSettings): SegmentMinimumCheck {
  const bySize = Math.max(0, settings.minSegmentSize);
  const byPercent = Math.ceil((Math.max(0, settings.minSegmentPercent) / 100) * Math.max(0, total));
  const threshold = Math.max(bySize, byPercent);
  const rule = threshold === 0 ? null : bySize >= byPercent ? 'size' : 'percent';
  return { threshold, below: size < threshold, rule };
}

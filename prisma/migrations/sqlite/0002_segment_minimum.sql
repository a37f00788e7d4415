-- AlterTable (hand-written: Prisma's diff rebuilds the table, and inside the runner's transaction
-- PRAGMA foreign_keys=OFF is a no-op, so DROP TABLE "Workspace" would cascade into every child row).
ALTER TABLE "Workspace" ADD COLUMN "minSegmentSize" INTEGER NOT NULL DEFAULT 500;
ALTER TABLE "Workspace" ADD COLUMN "minSegmentPercent" REAL NOT NULL DEFAULT 1;

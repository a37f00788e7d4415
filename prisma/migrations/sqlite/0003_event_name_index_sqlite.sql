-- DropIndex
DROP INDEX "Event_workspaceId_name_timestamp_idx";

-- CreateIndex
CREATE INDEX "Event_workspaceId_name_idx" ON "Event"("workspaceId", "name");


/** An audit entry with no user behind it was written by the system (job queue, schedule, seed). */
export const actorIsSystem = (cellData: unknown): boolean =>
  cellData === null || cellData === undefined || cellData === '' || (Array.isArray(cellData) && cellData.length === 0)

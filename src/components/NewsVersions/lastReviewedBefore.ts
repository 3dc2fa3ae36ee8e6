/** A version as the history needs it: id, time and the workflow state it was saved in. */
export interface VersionStamp {
  id: number | string
  updatedAt: string
  state?: null | string
}

/** States a version holds only after a verifier reviewed it. */
const REVIEWED = new Set(['approved', 'scheduled', 'published'])

/**
 * The newest reviewed version older than `version` (versions sorted newest first): what the
 * verifier last vouched for, so "what changed since review" is the default comparison. Falls
 * back to the version just before it when nothing was reviewed yet.
 */
export const lastReviewedBefore = (versions: readonly VersionStamp[], index: number): VersionStamp | undefined => {
  const older = versions.slice(index + 1)
  return older.find((candidate) => REVIEWED.has(candidate.state ?? '')) ?? older[0]
}

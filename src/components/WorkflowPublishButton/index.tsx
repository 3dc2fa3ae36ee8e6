/**
 * Replaces Payload's "Publish" button on news: publishing happens only through the workflow
 * buttons (WorkflowPanel). Saving stays available and always stores a draft version.
 */
export const WorkflowPublishButton = () => null

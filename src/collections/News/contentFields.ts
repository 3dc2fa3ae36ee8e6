/**
 * Fields whose value reaches a public channel (portal page, feeds, Instagram, YouTube): an
 * approval binds all of them, and any change after approval is a content edit that needs a new
 * review. Derived from what the portal article view and the syndication item builder read
 * (`toSyndicationItem`); tests/unit/approvalBinding.spec.ts fails when a field reaches a channel
 * without being listed here or classified in NOT_CONTENT_FIELDS.
 */
export const CONTENT_FIELDS = [
  'title',
  'slug',
  'lead',
  'body',
  'category',
  'tags',
  'unit',
  'coverImage',
  'gallery',
  'youtubeVideoId',
  'sources',
  'visibility',
  // Per-channel overrides: Instagram caption and carousel images; YouTube title, description,
  // tags, category, language and publishAt.
  'channels',
] as const

/**
 * Parts of content fields that are review choices, not content: which channels an item goes to
 * is decided by the verifier who publishes (design.md §2), the texts sent are bound above.
 */
export const NOT_CONTENT_PATHS = ['channels.instagram.enabled', 'channels.youtube.enabled'] as const

/** Every other field of `news`, with why it is not bound by the approval. */
export const NOT_CONTENT_FIELDS = {
  bodyText: 'derived from body by setBodyText',
  authors: 'staff-only byline data, not shown on any channel',
  workflowState: 'written by the workflow only',
  publishAt: 'written by the schedule transition only',
  publishedAt: 'written by the publish transition only',
  firstPublishedAt: 'written by the publish transition only',
  corrections: 'written by the publish transition only (the note is part of the publish request)',
  retraction: 'written by the retract transition only',
  approval: 'the approval itself',
  checklist: 'review work (verifiers only)',
  reviewFindings: 'computed by the workflow',
  reviewAcknowledgements: 'review work (verifiers only)',
  lastContentEditBy: 'written by trackContentEdit',
  lastContentEditAt: 'written by trackContentEdit',
} as const

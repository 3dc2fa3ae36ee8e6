/**
 * Fields whose change is a content edit (it needs a new review). Ticking the checklist,
 * acknowledging findings or choosing channels is review work, not content.
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
] as const

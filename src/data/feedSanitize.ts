import sanitizeHtml from 'sanitize-html'

/**
 * What a feed reader may render from writer-typed text. Titles are plain text (every tag and
 * its script/style content dropped); summaries and bodies keep a small allow-list of inline and
 * block markup, links only to http(s)/mailto, no attributes that run code or load anything else.
 */
const SUMMARY_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'b', 'strong', 'i', 'em', 'u', 's', 'a', 'ul', 'ol', 'li', 'blockquote'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
}

const CONTENT_OPTIONS: sanitizeHtml.IOptions = {
  ...SUMMARY_OPTIONS,
  allowedTags: [
    ...(SUMMARY_OPTIONS.allowedTags as string[]),
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'code', 'pre', 'sub', 'sup', 'img', 'figure', 'figcaption', 'span', 'div',
  ],
  allowedAttributes: { a: ['href', 'rel'], img: ['src', 'alt', 'width', 'height'] },
  allowedSchemesByTag: { img: ['http', 'https'] },
}

const TEXT_ONLY: sanitizeHtml.IOptions = { allowedTags: [], allowedAttributes: {} }

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }

/** Plain text of a title: tags removed, entities decoded once; the serialiser escapes it for its format. */
export const plainText = (value: string | null | undefined): string =>
  sanitizeHtml(value ?? '', TEXT_ONLY)
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim()

/** XML text escaping (element content and attribute values). */
export const escapeXml = (value: string): string =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] as string)

/** A summary (the lead) as HTML a feed reader may render. */
export const safeSummaryHtml = (value: string | null | undefined): string => sanitizeHtml(value ?? '', SUMMARY_OPTIONS)

/** An article body (already escaped by Lexical's converters) through the same allow-list, as a second line. */
export const safeContentHtml = (value: string): string => sanitizeHtml(value, CONTENT_OPTIONS)

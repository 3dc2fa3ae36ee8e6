import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { type JSXConverter, type JSXConvertersFunction, RichText } from '@payloadcms/richtext-lexical/react'
import { sanitizeUrl } from 'payload/shared'

import { portalPaths } from '@/data/articleUrl'

type LinkFields = { url?: null | string; newTab?: boolean | null; linkType?: string; doc?: unknown }

const hrefOf = (fields: LinkFields): string => {
  if (fields.linkType === 'internal') {
    const doc = fields.doc as { relationTo?: string; value?: unknown } | undefined
    const value = doc?.value as { slug?: string } | undefined
    return doc?.relationTo === 'news' && typeof value === 'object' && value?.slug ? portalPaths.article(value.slug) : '#'
  }
  // Only http(s), mailto, tel and relative URLs survive; javascript: and data: become "#".
  return sanitizeUrl(fields.url ?? '')
}

const link: JSXConverter = ({ node, nodesToJSX }) => {
  const fields = (node as unknown as { fields: LinkFields }).fields
  const children = nodesToJSX({ nodes: (node as unknown as { children: never[] }).children })
  return (
    <a href={hrefOf(fields)} {...(fields.newTab ? { rel: 'noopener noreferrer', target: '_blank' } : {})}>
      {children}
    </a>
  )
}

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({ ...defaultConverters, link, autolink: link })

/** The Lexical body as React elements: no raw HTML from any field, link URLs sanitised. */
export function ArticleBody({ body }: { body: SerializedEditorState }) {
  return <RichText className="article-body" data={body} converters={converters} />
}

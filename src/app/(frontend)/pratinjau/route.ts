import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { portalPaths } from '@/data/articleUrl'
import { CACHE_CONTROL } from '@/data/cacheControl'
import { getDraftArticle, getViewer } from '@/data/staffData'

const deny = (status: number, text: string) =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': CACHE_CONTROL.private } })

/**
 * Editors' draft preview (the News collection's admin "preview" button): needs a Payload session
 * that may read the item, then turns on Next.js draft mode and opens the article page.
 */
export async function GET(request: Request): Promise<Response> {
  const slug = new URL(request.url).searchParams.get('slug') ?? ''
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return deny(400, 'Slug tidak valid.')
  const user = await getViewer(request.headers)
  if (!user) return deny(401, 'Masuk ke panel admin untuk melihat pratinjau.')
  if (!(await getDraftArticle(user, slug))) return deny(404, 'Berita tidak ditemukan atau Anda tidak berhak melihatnya.')
  ;(await draftMode()).enable()
  redirect(portalPaths.article(slug))
}

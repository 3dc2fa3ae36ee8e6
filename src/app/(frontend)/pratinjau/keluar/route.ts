import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

/** Leaves draft preview and goes back to the public article (or home). */
export async function GET(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  const slug = new URL(request.url).searchParams.get('slug') ?? ''
  redirect(/^[a-z0-9-]+$/.test(slug) ? `/berita/${slug}` : '/')
}

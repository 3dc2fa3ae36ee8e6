import 'server-only'

import type { SiteSettings } from './siteSettings'

import { escapeXml } from '@/utilities/escapeXml'
import { formatDateTime } from '@/utilities/formatDateTime'

type Notice = { title: string; slug: string; reason: string; retractedAt: null | string; firstPublishedAt: null | string }

/**
 * A complete, accessible HTML page for a retracted article (a Route Handler cannot render the
 * React layout; the page repeats its header and styles). Every value is escaped.
 */
export const retractionNoticeHtml = (site: SiteSettings, notice: Notice): string => {
  const e = escapeXml
  const when = notice.retractedAt
    ? `<p>Dicabut pada <time datetime="${e(notice.retractedAt)}">${e(formatDateTime(notice.retractedAt))}</time>.</p>`
    : ''
  const first = notice.firstPublishedAt
    ? `<p class="meta">Pertama terbit <time datetime="${e(notice.firstPublishedAt)}">${e(formatDateTime(notice.firstPublishedAt))}</time>.</p>`
    : ''
  return `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Berita dicabut: ${e(notice.title)} — ${e(site.name)}</title>
<style>
body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1a1a1a;background:#fff;line-height:1.6}
.skip-link{position:absolute;left:-9999px;top:0;background:#0b5394;color:#fff;padding:.5rem 1rem}
.skip-link:focus{left:.5rem}
header,footer{padding:1rem;background:#0b5394;color:#fff}
header a{color:#fff;font-weight:700;font-size:1.25rem;text-decoration:none}
main{max-width:48rem;margin:0 auto;padding:1rem}
.notice{border-left:6px solid #a61c00;padding:.5rem 1rem;background:#fdf1ee}
.meta{color:#555}
a{color:#0b5394}
a:focus-visible{outline:3px solid #b45f06;outline-offset:2px}
</style>
</head>
<body>
<a class="skip-link" href="#konten">Langsung ke konten</a>
<header><a href="/">${e(site.name)}</a></header>
<main id="konten" tabindex="-1">
<article class="notice">
<h1>Berita ini telah dicabut</h1>
<p>Berita berjudul “${e(notice.title)}” telah dicabut oleh redaksi dan tidak lagi ditayangkan.</p>
${when}
<h2>Alasan pencabutan</h2>
<p>${e(notice.reason || 'Tidak disebutkan.')}</p>
${first}
</article>
<p><a href="/koreksi">Daftar koreksi dan pencabutan</a> · <a href="/">Kembali ke beranda</a></p>
</main>
<footer><p>${e(site.publisher)}</p></footer>
</body>
</html>
`
}

import { describe, expect, it } from 'vitest'

import { escapeXml, plainText, safeContentHtml, safeSummaryHtml } from '@/data/feedSanitize'

describe('feed sanitising', () => {
  it('reduces a title to plain text: tags and script bodies dropped, entities decoded once', () => {
    expect(plainText('Judul </script><script>alert(1)</script> & "kutip"')).toBe('Judul & "kutip"')
    expect(plainText('<img src=x onerror=alert(1)>Banjir <b>surut</b>')).toBe('Banjir surut')
    expect(plainText('Harga < 5000 & > 100')).toBe('Harga < 5000 & > 100')
    expect(plainText(null)).toBe('')
  })

  it('escapes XML text so no markup and no CDATA end can appear', () => {
    expect(escapeXml(`a<b>&"'`)).toBe('a&lt;b&gt;&amp;&quot;&apos;')
    expect(escapeXml(plainText('x ]]> y'))).not.toContain(']]>')
  })

  it('keeps only allow-listed markup in a summary', () => {
    const html = safeSummaryHtml(
      'Ringkasan <b>tebal</b> <img src=x onerror=alert(2)><a href="javascript:alert(3)">a</a><a href="https://x.go.id" onclick="y()">b</a><iframe src="//evil"></iframe><svg onload=alert(4)>',
    )
    expect(html).toBe('Ringkasan <b>tebal</b> <a>a</a><a href="https://x.go.id">b</a>')
  })

  it('strips event handlers, scripts and javascript: URLs from a body', () => {
    const html = safeContentHtml('<p onmouseover="x()">Isi</p><script>alert(1)</script><img src="javascript:alert(1)" alt="a"><img src="https://x.go.id/a.jpg" onerror="y()">')
    expect(html).toBe('<p>Isi</p><img alt="a" /><img src="https://x.go.id/a.jpg" />')
  })
})

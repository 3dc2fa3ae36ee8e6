const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/** Text or attribute content for XML and HTML: the five markup characters become entities. */
export const escapeXml = (value: string): string =>
  // Characters XML 1.0 forbids (C0 controls except tab/newline/return) are dropped.
  value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)

#!/usr/bin/env node
// What a crawl leaves behind: compares two V8 heap snapshots of the server (e.g. the ones
// bench/crawl.mjs writes with SNAPSHOTS_AT=2000,12000) and lists what grew between them — objects
// by constructor, strings by shape (digits and crawl tags folded, so one entry per distinct URL
// shows up as one line with a large count) — with counts, bytes and bytes per URL crawled between
// the two. Self sizes (not retained sizes): follow a grown string or object in Chrome DevTools
// (Memory → Load → Comparison) to see what holds it.
//   npx node --max-old-space-size=6000 bench/heapDiff.mjs BEFORE.heapsnapshot AFTER.heapsnapshot [URLS] [TOP]
// Found this way (issue 12): Next's SharedCacheControls map (one entry per 404 path), 404 pages
// and null `unstable_cache` lookups in Next's memory cache, expired micro-cache bodies.
import fs from 'node:fs'

const [beforeFile, afterFile, urlsArg, topArg] = process.argv.slice(2)
if (!beforeFile || !afterFile) {
  console.error('usage: bench/heapDiff.mjs BEFORE.heapsnapshot AFTER.heapsnapshot [URLS crawled between them] [TOP]')
  process.exit(2)
}
const urls = Number(urlsArg) || 0
const top = Number(topArg) || 25

const STRING_TYPES = new Set(['string', 'concatenated string', 'sliced string'])
// Strings grouped by shape: the first 60 characters with digits and base-36 crawl tags folded.
const shape = (text) =>
  text
    .slice(0, 60)
    .replace(/[0-9a-f]{16,}/g, '<hex>')
    .replace(/\d+/g, '#')
    .replace(/\n/g, '\\n')

/** Aggregates one snapshot: key → { count, bytes }. */
const summarize = (file) => {
  const snapshot = JSON.parse(fs.readFileSync(file, 'utf8'))
  const { node_fields: fields, node_types: types } = snapshot.snapshot.meta
  const typeNames = types[0]
  const width = fields.length
  const typeAt = fields.indexOf('type')
  const nameAt = fields.indexOf('name')
  const sizeAt = fields.indexOf('self_size')
  const { nodes, strings } = snapshot
  const groups = new Map()
  let total = 0
  for (let i = 0; i < nodes.length; i += width) {
    const type = typeNames[nodes[i + typeAt]]
    const name = strings[nodes[i + nameAt]]
    const bytes = nodes[i + sizeAt]
    total += bytes
    const key = STRING_TYPES.has(type) ? `string: ${shape(name)}` : `${type}: ${name.slice(0, 80)}`
    const group = groups.get(key)
    if (group) {
      group.count++
      group.bytes += bytes
    } else groups.set(key, { count: 1, bytes })
  }
  return { groups, total, nodes: nodes.length / width }
}

const before = summarize(beforeFile)
const after = summarize(afterFile)
const grown = []
for (const [key, now] of after.groups) {
  const then = before.groups.get(key) ?? { count: 0, bytes: 0 }
  if (now.bytes > then.bytes || now.count > then.count) grown.push({ key, count: now.count - then.count, bytes: now.bytes - then.bytes })
}
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(2)
const perUrl = (bytes) => (urls ? ` (${(bytes / urls).toFixed(0)} B/URL)` : '')
console.log(`heap: ${mb(before.total)} MB → ${mb(after.total)} MB, ${before.nodes} → ${after.nodes} objects; grew ${mb(after.total - before.total)} MB${perUrl(after.total - before.total)}`)
console.log(`\ntop ${top} by bytes grown:`)
for (const row of [...grown].sort((a, b) => b.bytes - a.bytes).slice(0, top)) {
  console.log(`  ${mb(row.bytes).padStart(8)} MB ${String(row.count).padStart(8)} ×  ${row.key}${perUrl(row.bytes)}`)
}
console.log(`\ntop ${top} by count grown:`)
for (const row of [...grown].sort((a, b) => b.count - a.count).slice(0, top)) {
  console.log(`  ${String(row.count).padStart(8)} × ${mb(row.bytes).padStart(8)} MB  ${row.key}`)
}
console.log(`\ntop ${top} by bytes in the second snapshot (what the heap holds at all):`)
for (const [key, group] of [...after.groups].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, top)) {
  console.log(`  ${mb(group.bytes).padStart(8)} MB ${String(group.count).padStart(8)} ×  ${key}`)
}

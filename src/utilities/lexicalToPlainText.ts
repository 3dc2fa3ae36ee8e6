type LexicalNode = {
  type?: unknown
  text?: unknown
  children?: unknown
}

/** Nodes whose content forms its own paragraph. */
const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem', 'code'])

const isNode = (value: unknown): value is LexicalNode => typeof value === 'object' && value !== null

function childrenOf(node: LexicalNode): LexicalNode[] {
  return Array.isArray(node.children) ? node.children.filter(isNode) : []
}

function inlineText(node: LexicalNode): string {
  if (node.type === 'linebreak') return '\n'
  if (node.type === 'tab') return '\t'
  if (typeof node.text === 'string') return node.text
  return childrenOf(node).map(inlineText).join('')
}

function collectBlocks(node: LexicalNode, out: string[]): void {
  const type = typeof node.type === 'string' ? node.type : ''
  const children = childrenOf(node)
  if (BLOCKS.has(type)) {
    // A list item may hold a nested list: its own text first, then the nested items.
    const inline = children.filter((child) => child.type !== 'list')
    const text = inline.map(inlineText).join('').trim()
    if (text) out.push(text)
    for (const child of children) if (child.type === 'list') collectBlocks(child, out)
    return
  }
  if (typeof node.text === 'string') {
    if (node.text.trim()) out.push(node.text.trim())
    return
  }
  for (const child of children) collectBlocks(child, out)
}

/**
 * Plain text of a Payload Lexical editor state (`{ root: { children } }`): one paragraph per
 * paragraph, heading, quote or list item, separated by a blank line ("\n\n"). Pure JSON walk,
 * no Lexical import; uploads, relationships and blocks without text are skipped.
 */
export function lexicalToPlainText(state: unknown): string {
  if (typeof state === 'string') return state
  if (!isNode(state)) return ''
  const root = (state as { root?: unknown }).root
  const start = isNode(root) ? root : state
  const out: string[] = []
  collectBlocks(start, out)
  return out.join('\n\n')
}

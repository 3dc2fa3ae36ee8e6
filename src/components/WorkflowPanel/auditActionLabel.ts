import { TRANSITIONS } from '@/workflow/transitions'

const OTHER_ACTIONS: Record<string, string> = {
  content_edit: 'Isi diubah (kembali ke Draf)',
  discussion: 'Komentar diskusi',
}

/** Indonesian name of an audit-log action (transition labels, then other recorded events). */
export const auditActionLabel = (action: string): string =>
  (Object.hasOwn(TRANSITIONS, action) ? TRANSITIONS[action as keyof typeof TRANSITIONS].label : undefined) ??
  OTHER_ACTIONS[action] ??
  action

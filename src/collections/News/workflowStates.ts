export const WORKFLOW_STATES = [
  { value: 'draft', label: 'Draf' },
  { value: 'in_review', label: 'Menunggu tinjauan' },
  { value: 'approved', label: 'Disetujui' },
  { value: 'scheduled', label: 'Terjadwal' },
  { value: 'published', label: 'Terbit' },
  { value: 'retracted', label: 'Dicabut' },
] as const

export type WorkflowState = (typeof WORKFLOW_STATES)[number]['value']

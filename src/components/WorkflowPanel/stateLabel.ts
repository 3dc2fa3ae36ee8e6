import { WORKFLOW_STATES } from '@/collections/News/workflowStates'

/** Indonesian label of a workflow state ("Draf" when unset). Shared by server and client components. */
export const stateLabel = (state: unknown): string => WORKFLOW_STATES.find(({ value }) => value === state)?.label ?? 'Draf'

'use client'

import { useFormFields } from '@payloadcms/ui'

import { stateLabel } from '@/components/WorkflowPanel/stateLabel'

/**
 * Replaces Payload's draft/published status in the news header with the workflow state read
 * from the form, so the header, the sidebar field and the workflow panel always agree.
 */
export function WorkflowStatus() {
  const state = useFormFields(([fields]) => fields.workflowState?.value)
  return (
    <div className="status">
      <div className="status__value-wrap">
        <span className="status__label">Status: </span>
        <span className="status__value" data-testid="header-workflow-state">
          {stateLabel(state)}
        </span>
      </div>
    </div>
  )
}

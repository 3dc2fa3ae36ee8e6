import type { Field } from 'payload'

const hideLeaf = (field: Field): Field => {
  if (field.type === 'tabs') {
    return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(hideLeaf) })) }
  }
  // Payload's filter builder recurses into groups, arrays, rows and collapsibles: hide every leaf.
  const withChildren = 'fields' in field && Array.isArray(field.fields) ? { ...field, fields: field.fields.map(hideLeaf) } : field
  if (field.type === 'ui') return withChildren as Field
  return {
    ...withChildren,
    admin: { ...(withChildren.admin ?? {}), disableListFilter: true, disableListColumn: true },
  } as Field
}

/**
 * Internal or machine-kept fields (checklists, JSON findings, approval stamps, channel options,
 * search copies) stay out of the list's filter builder and column picker, so editors choose
 * among meaningful fields only. `names` are top-level field names, also inside unnamed tabs.
 */
export const hideFromListFilters = (fields: Field[], names: readonly string[]): Field[] =>
  fields.map((field) => {
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: hideFromListFilters(tab.fields, names) })),
      }
    }
    return 'name' in field && names.includes(field.name) ? hideLeaf(field) : field
  })

import type { CollectionConfig, Field } from 'payload'

export const WIB_DATE_CELL = '@/components/WibDateCell#WibDateCell'
export const WIB_TIMESTAMPS = '@/components/WibTimestamps#WibTimestamps'

const withCell = (field: Field): Field => {
  if (field.type === 'date') {
    if (field.admin?.components?.Cell) return field
    return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Cell: WIB_DATE_CELL } } }
  }
  // Layout-only fields put their children in the row; named groups/arrays are not list columns.
  if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) return { ...field, fields: field.fields.map(withCell) }
  if (field.type === 'tabs') {
    return { ...field, tabs: field.tabs.map((tab) => ('name' in tab && tab.name ? tab : { ...tab, fields: tab.fields.map(withCell) })) }
  }
  return field
}

const hasField = (fields: Field[], name: string) => fields.some((field) => 'name' in field && field.name === name)

/** Payload's own timestamp fields (sanitize adds them only when absent), declared here so they get the cell. */
const timestamp = (name: 'createdAt' | 'updatedAt'): Field => ({
  name,
  type: 'date',
  index: true,
  label: ({ t }) => t(name === 'createdAt' ? 'general:createdAt' : 'general:updatedAt'),
  admin: { disableBulkEdit: true, hidden: true },
})

/** The document header's "Terakhir diubah" / "Dibuat" in WIB (src/components/WibTimestamps), before any other control. */
const withWibTimestamps = (collection: CollectionConfig): CollectionConfig['admin'] => {
  const edit = collection.admin?.components?.edit
  const before = edit?.beforeDocumentControls ?? []
  return {
    ...collection.admin,
    components: { ...collection.admin?.components, edit: { ...edit, beforeDocumentControls: [WIB_TIMESTAMPS, ...before] } },
  }
}

/**
 * Every date a collection's admin shows is WIB time with its zone: each date column of the list
 * (src/components/WibDateCell), including the createdAt/updatedAt timestamps Payload adds, and the
 * edit view's header timestamps. Schema is unchanged: the timestamps are declared exactly as
 * Payload would add them.
 */
export const withWibDateCells = (collection: CollectionConfig): CollectionConfig => {
  if (collection.timestamps === false) return { ...collection, fields: collection.fields.map(withCell) }
  const fields = [...collection.fields]
  if (!hasField(fields, 'updatedAt')) fields.push(timestamp('updatedAt'))
  if (!hasField(fields, 'createdAt')) fields.push(timestamp('createdAt'))
  return { ...collection, fields: fields.map(withCell), admin: withWibTimestamps(collection) }
}

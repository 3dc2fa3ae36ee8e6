import type { CollectionConfig } from 'payload'

import { editorsOnlyField } from '@/access/editorsOnlyField'
import { channelOptionsField } from '@/fields/channelOptions'
import { checklistField } from '@/fields/checklist'
import { hideFromListFilters } from '@/fields/hideFromListFilters'
import { slugField } from '@/fields/slug'
import { defaultUnitOfUser, unitsOfWriter } from '@/fields/unitFieldOptions'
import { READONLY_DATE_FORMAT } from '@/i18n/dateFormats'
import { loadExtraLexicon } from '@/review/loadExtraLexicon'
import { channelPreviewEndpoint } from '@/syndication/wiring/channelPreviewEndpoint'
import { transitionEndpoint } from '@/workflow/endpoint'

import { createNews } from './access/createNews'
import { deleteNews } from './access/deleteNews'
import { readNews } from './access/readNews'
import { readNewsVersions } from './access/readNewsVersions'
import { staffOnlyField } from './access/staffOnlyField'
import { updateNews } from './access/updateNews'

import { auditDeletedNews } from './hooks/auditDeletedNews'
import { auditReturnToDraft } from './hooks/auditReturnToDraft'
import { hideRetractedContent } from './hooks/hideRetractedContent'
import { keepSlugAfterPublication } from './hooks/keepSlugAfterPublication'
import { narrowListSearch } from './hooks/narrowListSearch'
import { rejectDirectWorkflowWrite } from './hooks/rejectDirectWorkflowWrite'
import { rejectHiddenFieldQueries } from './hooks/rejectHiddenFieldQueries'
import { refuseDeletingLiveItems } from './hooks/refuseDeletingLiveItems'
import { refuseRestoreVersion } from './hooks/refuseRestoreVersion'
import { refuseWriterReviewWrite } from './hooks/refuseWriterReviewWrite'
import { returnToDraftOnContentEdit } from './hooks/returnToDraftOnContentEdit'
import { revalidateDeletedNews, revalidateNews } from './hooks/revalidateNews'
import { setBodyText } from './hooks/setBodyText'
import { saveEditsAsDraft } from './hooks/saveEditsAsDraft'
import { setDefaultAuthors } from './hooks/setDefaultAuthors'
import { stampAcknowledgements } from './hooks/stampAcknowledgements'
import { trackContentEdit } from './hooks/trackContentEdit'
import { WORKFLOW_STATES } from './workflowStates'

const staffOnly = { read: staffOnlyField }
/** What the list's search box matches (`like`); hooks/narrowListSearch.ts keeps it fast. */
const LIST_SEARCH_FIELDS = ['title', 'lead', 'slug'] as const
const HIDDEN_DIFF = '@/components/HiddenDiff#HiddenDiff'
// Kept by the workflow or hooks, or only meaningful inside the item: not offered as list filters/columns.
const INTERNAL_FIELDS = [
  'body', 'gallery', 'youtubeVideoId', 'sources', 'checklist', 'reviewFindings', 'reviewAcknowledgements', 'approval',
  'channels', 'bodyText', 'lastContentEditBy', 'lastContentEditAt', 'corrections', 'retraction',
] as const
// Managed by the workflow and jobs through trusted server code only.
const systemManaged = { read: staffOnlyField, create: () => false, update: () => false }

export const News: CollectionConfig = {
  slug: 'news',
  labels: { singular: 'Berita', plural: 'Berita' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'unit', 'workflowState', 'visibility', 'updatedAt'],
    group: 'Konten',
    listSearchableFields: [...LIST_SEARCH_FIELDS],
    // The list reads only its visible columns, not every item's body, findings and arrays.
    enableListViewSelectAPI: true,
    components: {
      beforeList: ['@/components/WorkflowListLinks#WorkflowListLinks'],
      edit: {
        PublishButton: '@/components/WorkflowPublishButton#WorkflowPublishButton',
        // The header shows the workflow state (same source as the sidebar panel), not draft/published.
        Status: '@/components/WorkflowStatus#WorkflowStatus',
      },
      // Version history with workflow state, author and a comparison against the last reviewed version.
      views: { edit: { versions: { Component: '@/components/NewsVersions#NewsVersions' } } },
    },
    // Opens the portal's preview route, which checks the editor's session before enabling draft mode.
    preview: (doc) => (doc?.slug ? `/pratinjau?slug=${encodeURIComponent(String(doc.slug))}` : null),
  },
  access: { read: readNews, readVersions: readNewsVersions, create: createNews, update: updateNews, delete: deleteNews },
  versions: { drafts: true, maxPerDoc: 100 },
  // A copy would carry the original's unit, authors, approval and checklist (issue 9, finding 5).
  disableDuplicate: true,
  endpoints: [transitionEndpoint, channelPreviewEndpoint],
  hooks: {
    beforeOperation: [refuseRestoreVersion, saveEditsAsDraft, rejectHiddenFieldQueries, narrowListSearch(LIST_SEARCH_FIELDS)],
    beforeValidate: [keepSlugAfterPublication],
    beforeChange: [setDefaultAuthors, trackContentEdit, returnToDraftOnContentEdit, setBodyText, stampAcknowledgements],
    afterChange: [revalidateNews, auditReturnToDraft],
    afterRead: [hideRetractedContent],
    beforeDelete: [refuseDeletingLiveItems],
    afterDelete: [revalidateDeletedNews, auditDeletedNews],
  },
  fields: hideFromListFilters([
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Isi',
          fields: [
            // The verifier's open change request, above the text the writer has to fix.
            { name: 'changeRequestNotice', type: 'ui', admin: { components: { Field: '@/components/ChangeRequestNotice#ChangeRequestNotice' } } },
            { name: 'title', label: 'Judul', type: 'text', required: true, maxLength: 200 },
            {
              name: 'lead',
              label: 'Ringkasan (lead)',
              type: 'textarea',
              required: true,
              maxLength: 600,
              admin: { description: 'Satu atau dua kalimat: apa, siapa, kapan, di mana.' },
            },
            { name: 'body', label: 'Isi berita', type: 'richText', required: true },
            { name: 'coverImage', label: 'Foto utama', type: 'upload', relationTo: 'media' },
            { name: 'gallery', label: 'Galeri', type: 'upload', relationTo: 'media', hasMany: true, maxRows: 20 },
            {
              name: 'youtubeVideoId',
              label: 'ID video YouTube',
              type: 'text',
              admin: { description: '11 karakter, misalnya dQw4w9WgXcQ.' },
              validate: (value: null | string | undefined) =>
                !value || /^[A-Za-z0-9_-]{11}$/.test(value) ? true : 'ID video YouTube harus 11 karakter (huruf, angka, - atau _).',
            },
            {
              name: 'sources',
              label: 'Sumber',
              labels: { singular: 'Sumber', plural: 'Sumber' },
              type: 'array',
              fields: [
                { name: 'name', label: 'Nama / lembaga', type: 'text', required: true },
                { name: 'description', label: 'Keterangan', type: 'text' },
                { name: 'url', label: 'Tautan', type: 'text' },
              ],
            },
          ],
        },
        {
          label: 'Verifikasi',
          fields: [
            checklistField({ access: staffOnly, hooks: { beforeValidate: [refuseWriterReviewWrite('checklist')] } }),
            {
              name: 'reviewFindings',
              label: 'Temuan pemeriksaan otomatis',
              type: 'json',
              access: systemManaged,
              // Stored for the approval record; editors see the live review panel below instead of
              // a JSON editor (which loaded Monaco from a CDN and shimmered while empty).
              admin: { hidden: true, components: { Diff: HIDDEN_DIFF } },
            },
            {
              name: 'reviewPanel',
              type: 'ui',
              admin: {
                components: {
                  Field: {
                    path: '/components/ReviewPanel/ReviewPanel.client#ReviewPanel',
                    clientProps: { extraLexicon: loadExtraLexicon() },
                  },
                },
              },
            },
            {
              name: 'reviewAcknowledgements',
              label: 'Temuan yang dikonfirmasi',
              labels: { singular: 'Konfirmasi temuan', plural: 'Konfirmasi temuan' },
              type: 'array',
              access: { read: staffOnlyField, create: editorsOnlyField, update: editorsOnlyField },
              hooks: { beforeValidate: [refuseWriterReviewWrite('reviewAcknowledgements')] },
              fields: [
                // Internal matching key (rule|field|excerpt): kept in the form, not shown.
                { name: 'key', label: 'Kunci temuan', type: 'text', required: true, admin: { readOnly: true, hidden: true } },
                { name: 'rule', label: 'Aturan', type: 'text', admin: { readOnly: true } },
                { name: 'excerpt', label: 'Kutipan', type: 'text', admin: { readOnly: true } },
                { name: 'reason', label: 'Alasan', type: 'textarea', required: true },
                { name: 'acknowledgedBy', label: 'Oleh', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
                { name: 'acknowledgedAt', label: 'Waktu', type: 'date', admin: { readOnly: true, date: { displayFormat: READONLY_DATE_FORMAT } } },
              ],
            },
            {
              name: 'approval',
              label: 'Persetujuan',
              type: 'group',
              access: systemManaged,
              admin: { readOnly: true },
              fields: [
                { name: 'approvedBy', label: 'Disetujui oleh', type: 'relationship', relationTo: 'users' },
                { name: 'approvedAt', label: 'Waktu', type: 'date', admin: { date: { displayFormat: READONLY_DATE_FORMAT } } },
                { name: 'versionId', label: 'Versi yang disetujui', type: 'text' },
              ],
            },
          ],
        },
        {
          label: 'Distribusi',
          fields: [
            channelOptionsField({ access: staffOnly }),
            { name: 'channelPreview', type: 'ui', admin: { components: { Field: '@/components/ChannelPreview#ChannelPreview' } } },
            { name: 'syndicationPanel', type: 'ui', admin: { components: { Field: '@/components/SyndicationPanel#SyndicationPanel' } } },
          ],
        },
      ],
    },
    {
      name: 'workflowPanel',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/components/WorkflowPanel#WorkflowPanel' } },
    },
    { name: 'discussion', type: 'ui', admin: { position: 'sidebar', components: { Field: '@/components/NewsDiscussion#NewsDiscussion' } } },
    slugField(),
    {
      // Plain-text copy of `body` for portal search, kept by the setBodyText hook.
      name: 'bodyText',
      label: 'Teks isi (untuk pencarian)',
      type: 'textarea',
      // Any value sent in is overwritten by the hook, so no write access rule is needed.
      admin: { hidden: true, components: { Diff: HIDDEN_DIFF } },
    },
    {
      name: 'workflowState',
      label: 'Status',
      type: 'select',
      defaultValue: 'draft',
      index: true,
      options: WORKFLOW_STATES.map(({ value, label }) => ({ value, label })),
      // Changed only by the transition endpoint; a direct write is refused, not dropped.
      hooks: { beforeValidate: [rejectDirectWorkflowWrite], beforeDuplicate: [() => 'draft'] },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'visibility',
      label: 'Visibilitas',
      type: 'select',
      defaultValue: 'public',
      options: [
        { label: 'Publik', value: 'public' },
        { label: 'Internal (hanya pegawai)', value: 'internal' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'unit',
      label: 'OPD',
      type: 'relationship',
      relationTo: 'units',
      required: true,
      index: true,
      defaultValue: defaultUnitOfUser,
      filterOptions: unitsOfWriter,
      admin: { position: 'sidebar' },
    },
    { name: 'category', label: 'Kategori', type: 'relationship', relationTo: 'categories', index: true, admin: { position: 'sidebar' } },
    { name: 'tags', label: 'Tag', type: 'text', hasMany: true, admin: { position: 'sidebar' } },
    { name: 'authors', label: 'Penulis', type: 'relationship', relationTo: 'users', hasMany: true, admin: { position: 'sidebar' } },
    {
      name: 'publishAt',
      label: 'Jadwal terbit',
      type: 'date',
      access: systemManaged,
      index: true,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: READONLY_DATE_FORMAT } },
    },
    {
      name: 'publishedAt',
      label: 'Terbit',
      type: 'date',
      index: true,
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: READONLY_DATE_FORMAT } },
    },
    {
      name: 'firstPublishedAt',
      label: 'Pertama terbit',
      type: 'date',
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: READONLY_DATE_FORMAT } },
    },
    { name: 'lastContentEditBy', label: 'Terakhir diubah oleh', type: 'relationship', relationTo: 'users', access: systemManaged, admin: { hidden: true, components: { Diff: HIDDEN_DIFF } } },
    { name: 'lastContentEditAt', label: 'Terakhir diubah', type: 'date', access: systemManaged, admin: { hidden: true, components: { Diff: HIDDEN_DIFF } } },
    {
      name: 'corrections',
      label: 'Catatan koreksi',
      labels: { singular: 'Koreksi', plural: 'Koreksi' },
      type: 'array',
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, description: 'Catatan publik bertanggal, ditambahkan saat versi baru diterbitkan.' },
      fields: [
        { name: 'note', label: 'Catatan', type: 'textarea', required: true },
        { name: 'correctedAt', label: 'Tanggal', type: 'date', required: true, admin: { date: { displayFormat: READONLY_DATE_FORMAT } } },
        { name: 'versionId', label: 'Versi yang disetujui', type: 'text', access: staffOnly },
      ],
    },
    {
      name: 'retraction',
      label: 'Pencabutan',
      type: 'group',
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, condition: (data) => data?.workflowState === 'retracted' },
      fields: [
        { name: 'reason', label: 'Alasan', type: 'textarea' },
        { name: 'retractedAt', label: 'Waktu', type: 'date', admin: { date: { displayFormat: READONLY_DATE_FORMAT } } },
        { name: 'retractedBy', label: 'Dicabut oleh', type: 'relationship', relationTo: 'users', access: staffOnly },
      ],
    },
    // Payload's own draft/published flag: the editors' status is `workflowState`, so this one is kept
    // out of filters and columns (otherwise the filter builder offers two fields called "Status").
    // Payload merges this with its own `_status` (whose options it appends to these empty ones).
    {
      name: '_status',
      label: 'Status versi (sistem)',
      type: 'select',
      options: [],
      admin: { disableListFilter: true, disableListColumn: true },
    },
  ], INTERNAL_FIELDS),
}

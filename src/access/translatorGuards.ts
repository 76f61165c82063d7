import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  Field,
  GlobalBeforeChangeHook,
  GlobalBeforeOperationHook,
  PayloadRequest,
} from 'payload'
import { Forbidden, ValidationError } from 'payload'

import { adminT } from '@/i18n/adminTranslations'

import { notTranslatorField } from './canUpdateContent'
import { isTranslatorOnly } from './roles'

/** A version holds both locales: restoring one would change the Chinese too. */
export const translatorsCannotRestore: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'restoreVersion' && isTranslatorOnly(req.user)) throw new Forbidden(req.t)
  return args
}

/**
 * Translators only ever save drafts: a save without `draft` would write the published document
 * (or unpublish it).
 */
export const translatorsSaveDraftsOnly: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!isTranslatorOnly(req.user)) return args
  if ((operation === 'update' || operation === 'updateByID') && args.draft !== true) throw new Forbidden(req.t)
  // Moving to the trash is deleting: not a translator's to do. (The admin's form always sends
  // `deletedAt: null`, so only a date counts.)
  if ((operation === 'update' || operation === 'updateByID') && args.data?.deletedAt) throw new Forbidden(req.t)
  return args
}

/**
 * Globals have drafts for the same reason: a translator's save waits for an editor to publish it.
 * A save without `draft` would write the live global; a restored version holds both locales.
 */
export const translatorsSaveGlobalDraftsOnly: GlobalBeforeOperationHook = ({ args, operation, req }) => {
  if (!isTranslatorOnly(req.user)) return args
  if (operation === 'restoreVersion' || (operation === 'update' && args.draft !== true)) throw new Forbidden(req.t)
  return args
}

type Row = { id?: unknown }

/** Every row list (array and blocks rows carry an `id`) in a document, keyed by its path. */
function rowIds(value: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) {
    // An empty list counts too: emptying rows is a change of structure.
    if (value.every((row) => row && typeof row === 'object' && 'id' in row)) {
      out.set(path, (value as Row[]).map((row) => String(row.id)).join(','))
    }
    value.forEach((item, index) => rowIds(item, `${path}.${index}`, out))
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) rowIds(child, `${path}.${key}`, out)
  }
  return out
}

function changedRowLists(data: unknown, originalDoc: unknown): string[] {
  const before = rowIds(originalDoc)
  return [...rowIds(data)].filter(([path, ids]) => before.has(path) && before.get(path) !== ids).map(([path]) => path.slice(1))
}

function refuseRowChanges(req: PayloadRequest, paths: string[], target: { collection?: string; global?: string }) {
  if (paths.length === 0) return
  const errors = paths.map((path) => ({ path, message: adminT(req, 'translatorRowsLocked') }))
  throw new ValidationError({ ...target, errors, req })
}

/**
 * Rows of arrays and blocks are shared by both locales: adding, removing or reordering them in
 * English would change the Chinese page too, so translators may edit the text inside rows only.
 */
export const translatorsKeepRowStructure: CollectionBeforeChangeHook = ({
  collection,
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation === 'update' && isTranslatorOnly(req.user) && originalDoc) {
    refuseRowChanges(req, changedRowLists(data, originalDoc), { collection: collection.slug })
  }
  return data
}

export const translatorsKeepGlobalRowStructure: GlobalBeforeChangeHook = ({ data, global, originalDoc, req }) => {
  if (isTranslatorOnly(req.user) && originalDoc) {
    refuseRowChanges(req, changedRowLists(data, originalDoc), { global: global.slug })
  }
  return data
}

/** Marks every field that both locales share as not editable by translators, at any depth. */
export function lockSharedFieldsForTranslators(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if ('localized' in field && field.localized) return field
    switch (field.type) {
      case 'array':
      case 'group':
      case 'row':
      case 'collapsible':
        return { ...field, fields: lockSharedFieldsForTranslators(field.fields) } as Field
      case 'blocks':
        return {
          ...field,
          blocks: field.blocks.map((block) => ({ ...block, fields: lockSharedFieldsForTranslators(block.fields) })),
        }
      case 'tabs':
        return {
          ...field,
          tabs: field.tabs.map((tab) =>
            'localized' in tab && tab.localized ? tab : { ...tab, fields: lockSharedFieldsForTranslators(tab.fields) },
          ),
        }
      case 'ui':
      case 'join':
        return field
      default:
        return { ...field, access: { ...field.access, update: notTranslatorField } } as Field
    }
  })
}

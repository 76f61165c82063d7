import type { Endpoint, PayloadRequest } from 'payload'

import { isTranslatorOnly } from '@/access/roles'
import { adminT } from '@/i18n/adminTranslations'
import { isLocale, type Locale } from '@/i18n/locales'
import { maxBodySize, readBodyText } from '@/server/requests'

import { uiStringProblem } from './validation'
import { exportUiStrings, ImportFormatError, overrideFor, parseImport, planImport, transferFormats, type TransferFormat } from './transfer'

type Options = { format: TransferFormat; locale: Locale }

/**
 * The format and locale asked for, or the reason the request is refused: 401 without a login,
 * 403 when the collection's own access rule (`read` for an export, `update` for an import) says no.
 * Messages are in the admin language of the one asking.
 */
async function options(req: PayloadRequest, needs: 'read' | 'update'): Promise<Options | Response> {
  if (!req.user) return Response.json({ error: req.t('error:unauthorized') }, { status: 401 })
  const allowed = await req.payload.collections['ui-strings'].config.access[needs]({ req })
  if (!allowed) return Response.json({ error: req.t('error:notAllowedToPerformAction') }, { status: 403 })
  const format = req.searchParams.get('format') ?? 'json'
  const locale = req.searchParams.get('locale') ?? 'en'
  if (!(transferFormats as readonly string[]).includes(format) || !isLocale(locale)) {
    return Response.json({ error: adminT(req, 'importBadOptions') }, { status: 400 })
  }
  return { format: format as TransferFormat, locale }
}

const rows = async (req: PayloadRequest) =>
  (await req.payload.find({ collection: 'ui-strings', pagination: false, depth: 0, req, overrideAccess: false })).docs

/** GET /api/ui-strings/export?format=json|xliff&locale=en — the texts in use, as a download. */
export const exportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const asked = await options(req, 'read')
    if (asked instanceof Response) return asked
    const { format, locale } = asked
    const body = exportUiStrings(await rows(req), format, locale)
    const [type, extension] = format === 'json' ? ['application/json', 'json'] : ['application/xliff+xml', 'xlf']
    return new Response(body, {
      headers: {
        'content-type': `${type}; charset=utf-8`,
        'content-disposition': `attachment; filename="ui-strings-${format === 'json' ? locale : 'zh-en'}.${extension}"`,
      },
    })
  },
}

/**
 * POST /api/ui-strings/import?format=json|xliff&locale=en[&apply=true] with the file as the body.
 * Without `apply` it only answers what would change; with it, it saves the changes — unless any
 * key is refused (unknown, or a value that fails the same checks as a save), then nothing is saved.
 * The admin's import form (src/components/admin/UiStringImport) is a client of this endpoint.
 */
export const importEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    const asked = await options(req, 'update')
    if (asked instanceof Response) return asked
    const { format, locale } = asked
    if (locale !== 'en' && isTranslatorOnly(req.user)) return Response.json({ error: adminT(req, 'importTranslatorsEnglishOnly') }, { status: 403 })
    // The file is read up to a limit (src/server/requests.ts); past it, the rest is not read.
    const text = await readBodyText({ headers: req.headers, body: req.body })
    if (text === null) return Response.json({ error: adminT(req, 'requestTooLarge', { limit: maxBodySize }) }, { status: 413 })
    let entries: Map<string, string>
    try {
      entries = parseImport(text, format)
    } catch (error) {
      if (error instanceof ImportFormatError) return Response.json({ error: adminT(req, error.reason, error.vars) }, { status: 400 })
      throw error
    }
    const current = await rows(req)
    const plan = planImport(current, locale, entries, {
      unknownKey: (key) => adminT(req, 'uiStringUnknownKey', { key }),
      problem: (key, value) => uiStringProblem(req, key, locale, value),
    })
    const apply = req.searchParams.get('apply') === 'true'
    if (plan.refused.length > 0 || !apply) return Response.json({ applied: false, ...plan }, { status: plan.refused.length > 0 ? 400 : 200 })
    const byKey = new Map(current.map((row) => [row.key, row]))
    for (const { key, to } of plan.changes) {
      const row = byKey.get(key)!
      await req.payload.update({ collection: 'ui-strings', id: row.id, data: { [locale]: overrideFor(row, locale, to) }, req, overrideAccess: false })
    }
    return Response.json({ applied: true, ...plan })
  },
}

import type { Endpoint, PayloadRequest } from 'payload'

import { isStaffUser, isTranslatorOnly } from '@/access/roles'
import { isLocale, type Locale } from '@/i18n/locales'

import { uiStringProblem } from './validation'
import { exportUiStrings, ImportFormatError, overrideFor, parseImport, planImport, transferFormats, type TransferFormat } from './transfer'

type Options = { format: TransferFormat; locale: Locale }

/** The format and locale asked for, or the reason the request is refused. */
function options(req: PayloadRequest): Options | Response {
  if (!isStaffUser(req.user)) return Response.json({ error: 'Log in to the admin first.' }, { status: 401 })
  const format = req.searchParams.get('format') ?? 'json'
  const locale = req.searchParams.get('locale') ?? 'en'
  if (!(transferFormats as readonly string[]).includes(format)) return Response.json({ error: 'format must be json or xliff' }, { status: 400 })
  if (!isLocale(locale)) return Response.json({ error: 'locale must be zh or en' }, { status: 400 })
  return { format: format as TransferFormat, locale }
}

const rows = async (req: PayloadRequest) =>
  (await req.payload.find({ collection: 'ui-strings', pagination: false, depth: 0, req, overrideAccess: false })).docs

/** GET /api/ui-strings/export?format=json|xliff&locale=en — the texts in use, as a download. */
export const exportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const asked = options(req)
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
 */
export const importEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    const asked = options(req)
    if (asked instanceof Response) return asked
    const { format, locale } = asked
    if (locale !== 'en' && isTranslatorOnly(req.user)) return Response.json({ error: 'Translators import English only.' }, { status: 403 })
    let entries: Map<string, string>
    try {
      entries = parseImport(await req.text!(), format)
    } catch (error) {
      if (error instanceof ImportFormatError) return Response.json({ error: error.message }, { status: 400 })
      throw error
    }
    const current = await rows(req)
    const plan = planImport(current, locale, entries, (key, value) => uiStringProblem(req, key, locale, value))
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

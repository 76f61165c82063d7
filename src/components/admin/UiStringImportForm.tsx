'use client'

import { Button, useTranslation } from '@payloadcms/ui'
import { useState, type FormEvent } from 'react'

import type { ImportPlan } from '@/collections/UiStrings/transfer'

export type ImportLanguage = { code: string; label: string }

type Props = {
  /** POST address of the import endpoint (src/collections/UiStrings/endpoints.ts). */
  endpoint: string
  /** The languages this user may import, the default first. */
  languages: ImportLanguage[]
  listUrl: string
}

type Answer = ({ applied: boolean } & ImportPlan) | { error: string }

type Upload = { text: string; format: 'json' | 'xliff'; locale: string }

/** XLIFF is XML; anything else is taken as JSON (the endpoint says so if it is neither). */
const formatOf = (text: string): Upload['format'] => (text.replace(/^\uFEFF/, '').trimStart().startsWith('<') ? 'xliff' : 'json')

/**
 * Choose a file, see what it would change (and what is refused, with the reason, in the admin
 * language the endpoint answers in), then confirm. The endpoint does every check; this form only
 * sends the file twice: once for the preview, once with `apply=true`.
 */
export function UiStringImportForm({ endpoint, languages, listUrl }: Props) {
  const { t: translate } = useTranslation()
  const t = translate as (key: string, vars?: Record<string, unknown>) => string
  const [upload, setUpload] = useState<Upload | null>(null)
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [busy, setBusy] = useState(false)

  const send = async (file: Upload, apply: boolean) => {
    setBusy(true)
    try {
      const query = new URLSearchParams({ format: file.format, locale: file.locale, ...(apply && { apply: 'true' }) })
      const response = await fetch(`${endpoint}?${query}`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: file.text,
        credentials: 'include',
      })
      setAnswer((await response.json()) as Answer)
    } catch (error) {
      setAnswer({ error: error instanceof Error ? error.message : String(error) })
    } finally {
      setBusy(false)
    }
  }

  const preview = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const file = form.get('file')
    if (!(file instanceof File) || file.size === 0) return
    const text = await file.text()
    const chosen: Upload = { text, format: formatOf(text), locale: String(form.get('locale') ?? languages[0]!.code) }
    setUpload(chosen)
    await send(chosen, false)
  }

  const language = languages.find(({ code }) => code === upload?.locale)?.label ?? ''

  return (
    <div className="ui-string-import__form">
      <form onSubmit={preview} onChange={() => setAnswer(null)}>
        <p>
          <label htmlFor="ui-string-import-file">{t('custom:uiStringImportFile')}</label>
          <input id="ui-string-import-file" name="file" type="file" required accept=".json,.xlf,.xliff,.xml,application/json,application/xliff+xml" />
        </p>
        {languages.length > 1 ? (
          <p>
            <label htmlFor="ui-string-import-locale">{t('custom:uiStringImportLanguage')}</label>
            <select id="ui-string-import-locale" name="locale" defaultValue={languages[0]!.code}>
              {languages.map(({ code, label }) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </select>
          </p>
        ) : (
          <input type="hidden" name="locale" value={languages[0]!.code} />
        )}
        <Button type="submit" buttonStyle="secondary" disabled={busy}>
          {t('custom:uiStringImportPreview')}
        </Button>
      </form>

      {answer && 'error' in answer ? (
        <p role="alert" className="ui-string-import__error">
          {t('custom:uiStringImportFailed', { error: answer.error })}
        </p>
      ) : null}

      {answer && 'changes' in answer ? (
        <section aria-live="polite">
          {answer.refused.length > 0 ? (
            <div role="alert" className="ui-string-import__refused">
              <h2>{t('custom:uiStringImportRefused', { count: answer.refused.length })}</h2>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('custom:uiStringImportKey')}</th>
                    <th scope="col">{t('custom:uiStringImportReason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {answer.refused.map(({ key, reason }) => (
                    <tr key={key}>
                      <th scope="row">
                        <code>{key}</code>
                      </th>
                      <td>{reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}

          {answer.applied ? (
            <p role="status" className="ui-string-import__applied">
              {t('custom:uiStringImportApplied', { count: answer.changes.length })} <a href={listUrl}>{t('custom:uiStringImportBack')}</a>
            </p>
          ) : answer.changes.length > 0 ? (
            <>
              <h2>{t('custom:uiStringImportChanges', { count: answer.changes.length, language })}</h2>
              <table className="ui-string-import__changes">
                <thead>
                  <tr>
                    <th scope="col">{t('custom:uiStringImportKey')}</th>
                    <th scope="col">{t('custom:uiStringImportNow')}</th>
                    <th scope="col">{t('custom:uiStringImportAfter')}</th>
                  </tr>
                </thead>
                <tbody>
                  {answer.changes.map(({ key, from, to }) => (
                    <tr key={key}>
                      <th scope="row">
                        <code>{key}</code>
                      </th>
                      <td>
                        <del>{from}</del>
                      </td>
                      <td>
                        <ins>{to}</ins>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : answer.refused.length === 0 ? (
            <p role="status">{t('custom:uiStringImportNothing')}</p>
          ) : null}

          {answer.unchanged > 0 ? <p>{t('custom:uiStringImportUnchanged', { count: answer.unchanged })}</p> : null}

          {!answer.applied && answer.refused.length === 0 && answer.changes.length > 0 && upload ? (
            <Button buttonStyle="primary" disabled={busy} onClick={() => void send(upload, true)}>
              {t('custom:uiStringImportApply')}
            </Button>
          ) : null}
        </section>
      ) : null}
    </div>
  )
}

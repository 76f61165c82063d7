import type { PayloadRequest } from 'payload'

/**
 * The admin panel's own strings beyond Payload's translations, in the editor's admin language.
 * Passed to `i18n.translations` in payload.config.ts and read with `adminT`.
 */
export const adminTranslations = {
  en: {
    custom: {
      passwordTooShort: 'Use at least 12 characters.',
      passwordTooSimple: 'Mix letters with digits or symbols, and do not use your email address.',
      hrefInvalid: 'Enter a site path starting with / (such as /projects) or a full https:// address.',
      slugInvalid: 'Use lower-case letters a–z, digits and single hyphens only.',
      slugReserved: '“{{slug}}” is the address of one of the site’s own sections; choose another.',
      translatorRowsLocked:
        'Translators can change the text inside rows but cannot add, remove or reorder rows: the Chinese page shares them.',
      previewForbidden: 'Preview needs an editor session: log in to the admin first.',
      uploadTooLarge: 'The file is {{size}}; the limit is {{limit}}.',
      uiStringUnknownKey: '“{{key}}” is not a key of the site’s messages.',
      uiStringInvalidIcu: 'Not a valid ICU message ({{error}}). Check the braces { } and tags < >.',
      uiStringPlaceholders:
        'The placeholders must be those of the Chinese ({{expected}}). Missing: {{missing}}. Not in the Chinese: {{extra}}.',
      uiStringNone: 'none',
      translationFilterAll: 'All',
      translationFilterMissing: 'Missing in English',
      translationFilterOutdated: 'Chinese changed since the English was edited',
      translationFilterOverridden: 'Overridden',
      dashboardTitle: 'Translation: what needs English',
      dashboardNothing: 'Everything has an up-to-date English translation.',
      dashboardCollection: 'Collection',
      dashboardNewest: 'Newest',
      uiStringExport: 'Export for translation tools:',
      glossaryTitle: 'Glossary',
      glossaryNoTerms: 'The Chinese text uses no glossary term.',
      glossaryNotRendered: 'not used in the English',
    },
  },
  zh: {
    custom: {
      passwordTooShort: '密码至少需要 12 个字符。',
      passwordTooSimple: '请混合使用字母、数字或符号，且不要包含邮箱地址。',
      hrefInvalid: '请输入以 / 开头的站内路径（如 /projects）或完整的 https:// 地址。',
      slugInvalid: '只能使用小写字母 a–z、数字和单个连字符。',
      slugReserved: '“{{slug}}”是网站栏目的地址，请另选一个。',
      translatorRowsLocked: '译员可以修改各行中的文字，但不能增加、删除或调整行的顺序：中文页面共用这些行。',
      previewForbidden: '预览需要编辑登录：请先登录管理后台。',
      uploadTooLarge: '文件大小为 {{size}}，上限为 {{limit}}。',
      uiStringUnknownKey: '“{{key}}”不是网站界面文字的键。',
      uiStringInvalidIcu: '不是有效的 ICU 消息（{{error}}）。请检查花括号 { } 和标签 < >。',
      uiStringPlaceholders: '占位符必须与中文一致（{{expected}}）。缺少：{{missing}}。中文中没有：{{extra}}。',
      uiStringNone: '无',
      translationFilterAll: '全部',
      translationFilterMissing: '缺少英文',
      translationFilterOutdated: '英文编辑后中文已更改',
      translationFilterOverridden: '已覆盖',
      dashboardTitle: '翻译：需要英文的内容',
      dashboardNothing: '所有内容的英文翻译均已同步。',
      dashboardCollection: '集合',
      dashboardNewest: '最新',
      uiStringExport: '导出供翻译工具使用：',
      glossaryTitle: '术语表',
      glossaryNoTerms: '中文文本未使用术语表中的术语。',
      glossaryNotRendered: '英文未使用此译法',
    },
  },
} as const

export type AdminTranslationKey = keyof (typeof adminTranslations)['en']['custom']

export function adminT(req: Pick<PayloadRequest, 't'>, key: AdminTranslationKey, vars?: Record<string, string>): string {
  // Payload's `t` is typed for its own keys; ours live under the `custom` namespace.
  return (req.t as (key: string, vars?: Record<string, string>) => string)(`custom:${key}`, vars)
}

import type { PayloadRequest } from 'payload'

/**
 * The admin panel's own strings beyond Payload's translations, in the editor's admin language.
 * Passed to `i18n.translations` in payload.config.ts and read with `adminT`.
 */
const en = {
  passwordTooShort: 'Use at least 12 characters.',
  passwordTooSimple: 'Mix letters with digits or symbols, and do not use your email address.',
  firstRegisterClosed:
    'Accounts cannot be registered here on a production server. The operator creates the first administrator on the server: npm run admin:create -- --email <address>',
  firstUserExists: 'The first administrator has just been registered: log in instead.',
  hrefInvalid: 'Enter a site path starting with / (such as /projects) or a full https:// address.',
  slugInvalid: 'Use lower-case letters a–z, digits and single hyphens only.',
  slugReserved: '“{{slug}}” is the address of one of the site’s own sections; choose another.',
  translatorRowsLocked:
    'Translators can change the text inside rows but cannot add, remove or reorder rows: the Chinese page shares them.',
  previewForbidden: 'Preview needs an editor session: log in to the admin first.',
  paginationForStaff: 'Lists are read page by page: leave out pagination=false and ask for at most {{max}} documents a page.',
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
  dashboardGlobals: 'Site-wide texts',
  uiStringExport: 'Export for translation tools:',
  uiStringImportLink: 'Import a translated file of UI strings (JSON or XLIFF)',
  uiStringImportTitle: 'Import UI strings',
  uiStringImportIntro:
    'Choose a JSON file of one language, or an XLIFF file (1.2 or 2.0) whose targets are the English. You see what would change first; nothing is saved until you confirm.',
  uiStringImportFile: 'File (.json, .xlf, .xliff)',
  uiStringImportLanguage: 'Language of the imported texts',
  uiStringImportPreview: 'Show what would change',
  uiStringImportChanges: 'Will change: {{count}} ({{language}})',
  uiStringImportKey: 'Key',
  uiStringImportNow: 'Now',
  uiStringImportAfter: 'After the import',
  uiStringImportRefused: 'Refused: {{count}}. Nothing is imported until the file is corrected.',
  uiStringImportReason: 'Reason',
  uiStringImportUnchanged: 'Unchanged or left empty in the file: {{count}}',
  uiStringImportApply: 'Import these changes',
  uiStringImportApplied: 'Imported: {{count}} texts changed. The site shows them on the next page request.',
  uiStringImportNothing: 'The file changes nothing.',
  uiStringImportFailed: 'The file cannot be imported: {{error}}',
  uiStringImportBack: 'Back to the UI strings',
  importNotJson: 'The file is not JSON: {{error}}',
  importJsonNotObject: 'The JSON must be an object of messages, as in messages/en.json.',
  importNotText: '“{{key}}” is not a text.',
  importNotXliff: 'The file is not XLIFF 1.2 or 2.0.',
  importXliffEmpty: 'The XLIFF file holds no translation unit with a target.',
  importXliffMalformed: 'The XLIFF file is not well-formed XML: {{error}}',
  importTooDeep: 'The file nests more than {{depth}} levels deep.',
  importBadOptions: 'Ask for format json or xliff and locale zh or en.',
  importTranslatorsEnglishOnly: 'Translators import English texts only.',
  tooManyAttempts: 'Too many attempts from your network. Try again in {{minutes}} min.',
  requestTooLarge: 'The request is larger than {{limit}}.',
  glossaryTitle: 'Glossary',
  glossaryNoTerms: 'The Chinese text uses no glossary term.',
  glossaryNotRendered: 'not used in the English',
} as const

export type AdminTranslationKey = keyof typeof en

/** Every key in both languages: the type refuses a key missing in Chinese. */
const zh: Record<AdminTranslationKey, string> = {
  passwordTooShort: '密码至少需要 12 个字符。',
  passwordTooSimple: '请混合使用字母、数字或符号，且不要包含邮箱地址。',
  firstRegisterClosed: '生产服务器不能在此注册账号。请由运维人员在服务器上创建第一个管理员：npm run admin:create -- --email <邮箱地址>',
  firstUserExists: '第一个管理员刚刚已注册，请直接登录。',
  hrefInvalid: '请输入以 / 开头的站内路径（如 /projects）或完整的 https:// 地址。',
  slugInvalid: '只能使用小写字母 a–z、数字和单个连字符。',
  slugReserved: '“{{slug}}”是网站栏目的地址，请另选一个。',
  translatorRowsLocked: '译员可以修改各行中的文字，但不能增加、删除或调整行的顺序：中文页面共用这些行。',
  previewForbidden: '预览需要编辑登录：请先登录管理后台。',
  paginationForStaff: '列表须分页读取：请去掉 pagination=false，每页最多 {{max}} 条。',
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
  dashboardGlobals: '全站文字',
  uiStringExport: '导出供翻译工具使用：',
  uiStringImportLink: '导入翻译好的界面文字文件（JSON 或 XLIFF）',
  uiStringImportTitle: '导入界面文字',
  uiStringImportIntro: '请选择一种语言的 JSON 文件，或以英文为译文（target）的 XLIFF 文件（1.2 或 2.0）。系统先显示将要更改的内容，确认之后才会保存。',
  uiStringImportFile: '文件（.json、.xlf、.xliff）',
  uiStringImportLanguage: '导入文字的语言',
  uiStringImportPreview: '查看将要更改的内容',
  uiStringImportChanges: '将要更改：{{count}} 条（{{language}}）',
  uiStringImportKey: '键',
  uiStringImportNow: '当前',
  uiStringImportAfter: '导入后',
  uiStringImportRefused: '被拒绝：{{count}} 条。文件修正之前，不会导入任何内容。',
  uiStringImportReason: '原因',
  uiStringImportUnchanged: '未更改或在文件中为空：{{count}} 条',
  uiStringImportApply: '导入这些更改',
  uiStringImportApplied: '已导入：更改了 {{count}} 条文字。下一次页面请求时网站即显示。',
  uiStringImportNothing: '该文件不会更改任何内容。',
  uiStringImportFailed: '无法导入该文件：{{error}}',
  uiStringImportBack: '返回界面文字列表',
  importNotJson: '文件不是 JSON：{{error}}',
  importJsonNotObject: 'JSON 必须是消息对象，格式同 messages/zh.json。',
  importNotText: '“{{key}}”不是文字。',
  importNotXliff: '文件不是 XLIFF 1.2 或 2.0。',
  importXliffEmpty: '该 XLIFF 文件中没有带译文（target）的翻译单元。',
  importXliffMalformed: '该 XLIFF 文件不是格式正确的 XML：{{error}}',
  importTooDeep: '文件的嵌套超过 {{depth}} 层。',
  importBadOptions: '请指定格式 json 或 xliff，语言 zh 或 en。',
  importTranslatorsEnglishOnly: '译员只能导入英文文字。',
  tooManyAttempts: '来自您所在网络的尝试次数过多，请 {{minutes}} 分钟后再试。',
  requestTooLarge: '请求内容超过 {{limit}}。',
  glossaryTitle: '术语表',
  glossaryNoTerms: '中文文本未使用术语表中的术语。',
  glossaryNotRendered: '英文未使用此译法',
}

/**
 * Payload's own line on the create-first-user page, which it shows whenever no user exists: it also
 * says that a production server registers nobody there.
 */
const beginCreateFirstUser = {
  en: 'To begin, create the first administrator. (On a production server this form is closed: run npm run admin:create -- --email <address> on the server.)',
  zh: '首先，请创建第一个管理员。（生产服务器不开放此表单：请在服务器上运行 npm run admin:create -- --email <邮箱地址>。）',
}

export const adminTranslations = {
  en: { custom: en, authentication: { beginCreateFirstUser: beginCreateFirstUser.en } },
  zh: { custom: zh, authentication: { beginCreateFirstUser: beginCreateFirstUser.zh } },
}

export function adminT(req: Pick<PayloadRequest, 't'>, key: AdminTranslationKey, vars?: Record<string, string>): string {
  // Payload's `t` is typed for its own keys; ours live under the `custom` namespace.
  return (req.t as (key: string, vars?: Record<string, string>) => string)(`custom:${key}`, vars)
}

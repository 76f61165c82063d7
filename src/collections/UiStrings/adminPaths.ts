/** The import form: a custom view of the UI-strings collection, at its admin address + this path. */
export const importViewPath = '/import'

export const uiStringsAdminUrl = (adminRoute: string) => `${adminRoute}/collections/ui-strings`

export const uiStringImportUrl = (adminRoute: string) => `${uiStringsAdminUrl(adminRoute)}${importViewPath}`

/** Where the export and import endpoints (endpoints.ts) answer. */
export const uiStringsApiUrl = (serverURL: string, apiRoute: string) => `${serverURL}${apiRoute}/ui-strings`

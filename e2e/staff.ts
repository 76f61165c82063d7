import { expect, request as apiRequest, test, type APIRequestContext, type Page } from '@playwright/test'

import type { Role } from '../src/access/roles'

/** The first admin, registered by admin.spec.ts (the `first-admin` project runs before the rest). */
export const firstAdmin = { email: 'e2e-admin@example.com', password: 'e2e-admin-password-1' }

const staff: Record<Exclude<Role, 'admin'>, { email: string; password: string }> = {
  editor: { email: 'e2e-editor@example.com', password: 'e2e-editor-password-1' },
  translator: { email: 'e2e-translator@example.com', password: 'e2e-translator-password-1' },
}

async function token(request: APIRequestContext, account: { email: string; password: string }): Promise<string> {
  const response = await request.post('/api/users/login', { data: account })
  expect(response.status()).toBe(200)
  return ((await response.json()) as { token: string }).token
}

/**
 * Makes sure an account with this role exists: the admin creates it through the REST API, in a
 * context of its own so that no test's requests carry the admin's session cookie.
 */
export async function ensureStaff(role: keyof typeof staff) {
  const account = staff[role]
  const request = await apiRequest.newContext({ baseURL: test.info().project.use.baseURL })
  try {
    const headers = { authorization: `JWT ${await token(request, firstAdmin)}` }
    const found = await request.get(`/api/users?where[email][equals]=${encodeURIComponent(account.email)}`, { headers })
    if (((await found.json()) as { totalDocs: number }).totalDocs === 0) {
      const created = await request.post('/api/users', { headers, data: { ...account, roles: [role] } })
      expect(created.status()).toBe(201)
    }
  } finally {
    await request.dispose()
  }
  return account
}

/** Logs a browser page into the admin panel. */
export async function logIn(page: Page, account: { email: string; password: string }) {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(account.email)
  await page.locator('#field-password').fill(account.password)
  await page.locator('button[type="submit"]').click()
  await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 })
}

import { expect, test } from '@playwright/test'
import { spawnSync } from 'node:child_process'

import { e2eDatabase } from './database'
import { firstAdmin as admin } from './staff'

// Production creates no demo logins and its admin panel registers nobody: the first admin is
// created on the server with `npm run admin:create`, then logs in.
test('production refuses to register a first admin in the browser; the one made with admin:create logs in', async ({ page }) => {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/create-first-user/)
  await expect(page.getByText('npm run admin:create').first()).toBeVisible()
  await page.locator('#field-email').fill(admin.email)
  await page.locator('#field-password').fill(admin.password)
  await page.locator('#field-confirm-password').fill(admin.password)
  await page.locator('button[type="submit"]').click()
  await expect(page.getByText('npm run admin:create').first()).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/create-first-user/)

  // The operator's command, on the server's own database.
  const created = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/with-db.ts', 'node', '--import', 'tsx', 'scripts/admin-create.ts', '--email', admin.email],
    { env: { ...process.env, ...e2eDatabase, DATABASE_URL: '', ADMIN_PASSWORD: admin.password }, encoding: 'utf8' },
  )
  expect(created.status, created.stderr + created.stdout).toBe(0)

  await page.goto('/admin/login')
  await page.locator('#field-email').fill(admin.email)
  await page.locator('#field-password').fill(admin.password)
  await page.locator('button[type="submit"]').click()
  await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 })
  await page.goto('/admin/collections/news')
  await expect(page.locator('table')).toContainText('西部（重庆）科学城正式授牌')
})

import { expect, test } from '@playwright/test'

import { firstAdmin as admin } from './staff'

// Production creates no demo logins: the first visitor of /admin registers the first admin.
test('the first admin registers, logs out and logs in again', async ({ page }) => {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/create-first-user/)
  await page.locator('#field-email').fill(admin.email)
  await page.locator('#field-password').fill(admin.password)
  await page.locator('#field-confirm-password').fill(admin.password)
  await page.locator('button[type="submit"]').click()
  await expect(page.locator('.nav a[href="/admin/collections/news"]').first()).toBeAttached({ timeout: 30_000 })

  await page.goto('/admin/logout')
  await expect(page).toHaveURL(/\/admin\/login/, { timeout: 30_000 })
  await page.locator('#field-email').fill(admin.email)
  await page.locator('#field-password').fill(admin.password)
  await page.locator('button[type="submit"]').click()
  await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 })
  await page.goto('/admin/collections/news')
  await expect(page.locator('table')).toContainText('西部（重庆）科学城正式授牌')
})

import { chromium } from '@playwright/test'
const [,, email, password, url, out, width] = process.argv
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: Number(width), height: 1000 } })
await page.goto('http://localhost:3000/admin/login')
await page.getByLabel(/email|邮箱/i).fill(email)
await page.getByLabel(/password|密码/i).fill(password)
await page.getByRole('button', { name: /login|登录/i }).click()
await page.waitForURL(/\/admin(?!\/login)/)
await page.goto(url, { waitUntil: 'networkidle' })
await page.waitForTimeout(1500)
await page.screenshot({ path: out, fullPage: false })
await browser.close()

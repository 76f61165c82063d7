import type { Role } from '@/access/roles'

/** Development-only logins, listed in the README; never created in production. */
export const demoUsers: { email: string; password: string; name: string; roles: Role[] }[] = [
  { email: 'admin@example.com', password: 'demo-admin-pass', name: 'Admin', roles: ['admin'] },
  { email: 'editor@example.com', password: 'demo-editor-pass', name: 'Editor', roles: ['editor'] },
  { email: 'translator@example.com', password: 'demo-translator-pass', name: 'Translator', roles: ['translator'] },
]

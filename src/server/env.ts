import { StartupError } from './errors'

// A fixed secret keeps development logins valid across restarts; production must set its own.
const DEVELOPMENT_SECRET = 'science-city-development-secret-do-not-use-in-production'

function isProductionRuntime(): boolean {
  // `next build` runs with NODE_ENV=production but serves nobody and needs no secret.
  return process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build'
}

export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  if (isProductionRuntime()) {
    throw new StartupError(
      'PAYLOAD_SECRET is not set. In production it must be a long random string, e.g. PAYLOAD_SECRET=$(openssl rand -hex 32) npm start',
    )
  }
  return DEVELOPMENT_SECRET
}

/** The e2e server's embedded Postgres (playwright.config.ts starts it; scripts reach it by its folder). */
export const e2eDatabase = {
  EMBEDDED_PG_DATA_DIR: '.data/e2e-postgres',
  EMBEDDED_PG_PORT: process.env.E2E_EMBEDDED_PG_PORT || '54343',
}

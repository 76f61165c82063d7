# The portal for docker compose: a production build served by `npm start` as the unprivileged
# `node` user, with production dependencies only. Uploads (and the embedded Postgres, when no
# DATABASE_URL is given) live under /data, meant for a volume; the code itself stays read-only.

# Everything `next build` needs, dev dependencies included (TypeScript checks the build).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# `npm start` runs TypeScript through tsx and bundles the web server with esbuild at every start;
# both are production dependencies, so this is all the image needs.
FROM node:20-bookworm-slim AS runtime-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
# The same folder as the build's: the build records absolute paths (e.g. the cache handler's).
WORKDIR /app
ENV NODE_ENV=production \
    UPLOADS_DIR=/data/uploads \
    EMBEDDED_PG_DATA_DIR=/data/postgres
# /data belongs to `node`, so a fresh named volume mounted there does too (Docker copies the
# folder's owner into it); uploads are a folder inside it because a restore swaps that folder.
RUN mkdir -p /data/uploads && chown -R node:node /data
COPY --from=runtime-deps /app/node_modules ./node_modules
# Sources that `npm start` loads at run time: the start script, the migrations and seed (through
# the Payload config), the web server it bundles, and the UI strings.
COPY package.json tsconfig.json next.config.mjs payload.config.ts ./
COPY messages ./messages
COPY scripts ./scripts
COPY src ./src
# Written at run time: the bundled web server and the page cache.
COPY --from=build --chown=node:node /app/.next ./.next
USER node
EXPOSE 3000
CMD ["npm", "start"]

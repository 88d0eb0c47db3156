# Kindred API image. Build from the repository root:
#   docker build -f docker/api.Dockerfile -t kindred-api .
# (docker/compose.yml does this for you.)

# ---- build: full install, compile contracts + api (+ web, via the root build script) ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true
# Manifests first so the dependency layer is cached until they change.
COPY package.json package-lock.json ./
COPY libs/contracts/package.json libs/contracts/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# ---- runtime: production dependencies, compiled output, non-root ----
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
# npm workspaces (libs/*): the workspace manifest must be present for `npm ci` to link
# node_modules/@kindred/contracts -> libs/contracts; its compiled dist is copied below.
COPY package.json package-lock.json ./
COPY libs/contracts/package.json libs/contracts/
RUN npm ci --omit=dev --no-audit --no-fund \
 && npm cache clean --force
COPY --from=build /app/libs/contracts/dist libs/contracts/dist
COPY --from=build /app/dist/apps/api dist/apps/api
# The official image ships an unprivileged `node` user (uid 1000); the app only reads /app.
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Migrations run at start (TypeORM migrationsRun); configuration comes only from the environment.
CMD ["node", "--max-semi-space-size=64", "dist/apps/api/main.js"]

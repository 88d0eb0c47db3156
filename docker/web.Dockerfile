# Kindred web client image: the Vite build served by nginx, which also proxies the API.
# Build from the repository root:
#   docker build -f docker/web.Dockerfile -t kindred-web .

# ---- build: full install, compile contracts + web ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true
COPY package.json package-lock.json ./
COPY libs/contracts/package.json libs/contracts/
RUN npm ci --no-audit --no-fund
COPY . .
# web:build depends on contracts:build (targetDefaults build dependsOn ^build).
RUN npx nx run web:build

# ---- runtime: static files + reverse proxy ----
# 1.27.3 or newer: docker/nginx.conf re-resolves the api replicas (`server ... resolve`).
FROM nginx:1.28-alpine AS runtime
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist/apps/web /usr/share/nginx/html
EXPOSE 80
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1/"]

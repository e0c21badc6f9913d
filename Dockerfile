# syntax=docker/dockerfile:1
# Verbatim: build with the dev dependencies, then ship production dependencies and dist/ only.
# The Node version matches the one the test suite runs on; pin a digest (node:…@sha256:…) for byte-stable rebuilds.
ARG NODE_VERSION=20.20.2

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
# Manifests first, so editing the sources does not reinstall the dependencies.
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY commands ./commands
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
LABEL org.opencontainers.image.title="verbatim" \
      org.opencontainers.image.description="A Discord bot that answers questions from source articles, extractively, with citations."
# XDG_CACHE_HOME puts the snapshot in the volume even when an env file sets VERBATIM_CACHE_DIR empty.
ENV NODE_ENV=production \
    SEEDS_DIR=/app/seeds \
    XDG_CACHE_HOME=/var/cache \
    HTTP_PORT=8080 \
    HTTP_HOST=0.0.0.0
WORKDIR /app
# package.json says "type": "module", which dist/ needs; the code stays owned by root, so the bot cannot change it.
COPY package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The repository's articles as a default corpus; mount a directory over /app/seeds (or set SEEDS_DIR) for your own.
COPY seeds ./seeds
RUN mkdir -p /var/cache/verbatim && chown node:node /var/cache/verbatim
# The official image's unprivileged user (uid 1000).
USER node
VOLUME ["/var/cache/verbatim"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["node", "dist/src/http/checkHealth.js"]
# node itself is PID 1, not npm or a shell, so SIGTERM reaches the bot's shutdown handler.
CMD ["node", "dist/src/index.js"]

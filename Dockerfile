# Warta's image for compose.yaml and any container platform (docs/deploy.md): one image for the
# web instances (`npm start`) and the job workers (`npm run worker`).
FROM node:22-bookworm-slim

# The review assistant's dictionaries: Indonesian, and English for loanwords (docs/review.md).
RUN apt-get update \
  && apt-get install -y --no-install-recommends hunspell-id hunspell-en-us \
  && rm -rf /var/lib/apt/lists/*

WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1

# Dependencies first: this layer changes only with the lock file. `patches/` must be there before
# `npm ci`, whose postinstall applies it (docs/development.md, "Patched dependencies").
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci --no-audit --no-fund

COPY . .
RUN npm run build \
  && mkdir -p data \
  && chown -R node:node .next data

# Docker sets HOSTNAME to the container id; the server binds to HOSTNAME (scripts/server.ts), and
# the health checks call 127.0.0.1, so listen on every interface.
ENV NODE_ENV=production HOSTNAME=0.0.0.0 PORT=3000
EXPOSE 3000
USER node
CMD ["npm", "start"]

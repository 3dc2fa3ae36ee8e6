#!/usr/bin/env bash
# Pre-release only (no production database exists yet): rebuild the single initial SQLite
# migration from the current collections. After the first release, add migrations instead
# with `npm run migrate:create -- <name>`.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f src/migrations/*_initial.ts src/migrations/*_initial.json
printf 'export const migrations = []\n' > src/migrations/index.ts
tmp=$(mktemp -d)
DATABASE_URI="file:$tmp/schema.db" npm run --silent migrate:create -- initial < /dev/null
rm -rf "$tmp"

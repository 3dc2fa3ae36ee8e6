// Shared helpers of the start-up scripts (plain Node, no TypeScript needed).
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const SOURCES = ['src', 'payload.config.ts', 'next.config.ts', 'package-lock.json', 'tsconfig.json']

const newestMtime = (target) => {
  if (!fs.existsSync(target)) return 0
  const stat = fs.statSync(target)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)))
  return newest
}

/** A production build is missing or older than the sources. */
export const needsBuild = (distDir = process.env.NEXT_DIST_DIR || '.next') => {
  const buildId = path.join(distDir, 'BUILD_ID')
  if (!fs.existsSync(buildId)) return true
  const built = fs.statSync(buildId).mtimeMs
  return SOURCES.some((source) => newestMtime(source) > built)
}

export const runOrExit = (command, args, env = process.env) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

/** Starts the production server (scripts/server.ts), forwarding signals so Ctrl-C stops it cleanly. */
export const startServer = (env) => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], { stdio: 'inherit', env })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code) => process.exit(code ?? 0))
  return child
}

/**
 * Admin origins of a server on this machine: loopback names, the host name and every IPv4
 * address of its network interfaces, plus any ADMIN_ORIGINS already given (comma-separated).
 */
export const localAdminOrigins = (port, extra = process.env.ADMIN_ORIGINS) => {
  const hosts = new Set(['localhost', '127.0.0.1', '[::1]', os.hostname()])
  for (const addresses of Object.values(os.networkInterfaces())) {
    for (const address of addresses ?? []) if (address.family === 'IPv4') hosts.add(address.address)
  }
  const origins = [...hosts].map((host) => `http://${host}:${port}`)
  return [...(extra ? extra.split(',').map((entry) => entry.trim()).filter(Boolean) : []), ...origins].join(',')
}

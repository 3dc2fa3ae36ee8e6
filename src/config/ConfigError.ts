/** A configuration mistake the operator must fix; its message is one self-contained line. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

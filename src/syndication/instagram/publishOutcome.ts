/**
 * Error codes from `media_publish` that prove nothing was published: the call was refused
 * before any work (token, permission, throttles, quota) or the container was not publishable
 * (not ready, missing, expired). Anything else — including a 400 such as 4/2207051, which has
 * been seen on posts that went live — leaves the outcome unknown until the container is read.
 */
const NOT_PUBLISHED = [
  /^ig:throttled$/,
  /^ig:190(\/\d+)?$/,
  /^ig:(10|2\d\d)(\/\d+)?$/,
  /^ig:(4|17|32|613)$/,
  /^ig:80002(\/\d+)?$/,
  /^ig:9\/2207042$/,
  /^ig:9007\/2207027$/,
  /^ig:24\/220700[68]$/,
  /^ig:-2\/2207020$/,
]

export const provesNotPublished = (code: string | undefined): boolean =>
  code !== undefined && NOT_PUBLISHED.some((pattern) => pattern.test(code))

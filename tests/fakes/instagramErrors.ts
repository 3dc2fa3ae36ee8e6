/** A failure the Instagram fake can be told to answer with (platform-apis.md §1.4). */
export interface GraphFailure {
  /** HTTP status; Graph uses 400 for publishing errors, 5xx only for outages. */
  status?: number
  code?: number
  subcode?: number
  message?: string
  isTransient?: boolean
  userTitle?: string
  userMsg?: string
  headers?: Record<string, string>
  /**
   * `error` (default) answers with the envelope; `drop` closes the socket without doing the
   * work; `commit-then-drop` does the work (e.g. publishes) and then closes the socket;
   * `commit-then-error` does the work and still answers with the error (a 400 that published anyway).
   */
  mode?: 'error' | 'drop' | 'commit-then-drop' | 'commit-then-error'
}

/** Every documented error class, by name, for `fake.fail(route, IG_ERRORS.x)`. */
export const IG_ERRORS = {
  unknown: { code: 1, message: 'An unknown error occurred', isTransient: true },
  service: { code: 2, message: 'Service temporarily unavailable', isTransient: true },
  serverError: { code: -1, subcode: 2207001, message: 'Instagram server error' },
  containerCreationFailed: { code: -1, subcode: 2207032, message: 'Create media container failed' },
  fetchTimeout: { code: -2, subcode: 2207003, message: 'Timeout downloading media' },
  containerExpired: { code: -2, subcode: 2207020, message: 'The media you are trying to access has expired' },
  appRateLimit: { code: 4, message: 'Application request limit reached' },
  userRateLimit: { code: 17, message: 'User request limit reached' },
  pageRateLimit: { code: 32, message: 'Page request limit reached' },
  customRateLimit: { code: 613, message: 'Calls to this api have exceeded the rate limit' },
  bucThrottle: { code: 80002, message: 'There have been too many calls to this Instagram account' },
  spam: { code: 4, subcode: 2207051, message: 'Action is blocked', userTitle: 'Restricted' },
  quota: { code: 9, subcode: 2207042, message: 'Application request limit reached', userTitle: 'Limit reached' },
  /** Intermittent on reads of valid containers/media (widely reported since May 2026). */
  intermittentRead: { code: 100, subcode: 33, message: 'Unsupported get request. Object does not exist, cannot be loaded due to missing permissions, or does not support this operation.' },
  notFound: { code: 24, subcode: 2207006, message: 'The media with id cannot be found' },
  expiredOnPublish: { code: 24, subcode: 2207008, message: 'The media container does not exist or has expired' },
  accountRestricted: { code: 25, subcode: 2207050, message: 'The Instagram account is restricted' },
  invalidParameter: { code: 100, message: 'Invalid parameter' },
  permission: { code: 10, message: 'Application does not have permission for this action' },
  permission200: { code: 200, message: 'Permissions error' },
  tokenExpired: { code: 190, subcode: 463, message: 'Error validating access token: Session has expired' },
  unsupportedVideo: { code: 352, subcode: 2207026, message: 'Unsupported video format' },
  policyBlock: { code: 368, message: 'The action attempted has been deemed abusive or is otherwise disallowed' },
  mediaFetchFailed: { code: 9004, subcode: 2207052, message: 'Media could not be fetched from this uri' },
  notReady: { code: 9007, subcode: 2207027, message: 'Media ID is not available', userTitle: 'Media not ready' },
  imageTooLarge: { code: 36000, subcode: 2207004, message: 'Image is too large' },
  badFormat: { code: 36001, subcode: 2207005, message: 'The image format is not supported' },
  aspectRatio: { code: 36003, subcode: 2207009, message: 'The aspect ratio is not supported' },
  captionTooLong: { code: 36004, subcode: 2207010, message: 'The caption was too long' },
  http500: { status: 500, code: 1, message: 'Internal server error', isTransient: true },
  http503: { status: 503, code: 2, message: 'Service unavailable', isTransient: true },
} satisfies Record<string, GraphFailure>

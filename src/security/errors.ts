import { APIError } from 'payload'

/**
 * Refusals of the security layer. APIError subclasses marked public, so Payload shows their
 * Indonesian message in production too (it hides messages of other errors and of every 500).
 */
export class BadQueryError extends APIError {
  constructor(message: string) {
    super(message, 400, undefined, true)
  }
}

export class NotFoundError extends APIError {
  constructor(message = 'Data tidak ditemukan.') {
    super(message, 404, undefined, true)
  }
}

export class PayloadTooLargeError extends APIError {
  constructor(message = 'Permintaan terlalu besar.') {
    super(message, 413, undefined, true)
  }
}

import { randomUUID } from 'node:crypto';

/**
 * An incoming id is kept when it is short and printable ASCII (no spaces), so a caller's trace
 * id follows the request into our logs; anything else could forge log lines or bloat them.
 */
const SANE_REQUEST_ID = /^[\x21-\x7e]{1,128}$/;

/** The request's id: the caller's `x-request-id` if sane, else a fresh UUID. */
export function requestId(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** The fields of node-pg's DatabaseError that we read. */
export interface PgError extends Error {
  code?: string;
  detail?: string;
  hint?: string;
  where?: string;
  position?: string;
  severity?: string;
}

/**
 * Whether the session is gone: a socket error (no severity), a FATAL or PANIC
 * (e.g. 57P01 after pg_terminate_backend), or a connection-class SQLSTATE.
 */
export function sessionEnded(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as PgError;
  return !e.severity || e.severity === 'FATAL' || e.severity === 'PANIC' || /^(08|57P)/.test(e.code ?? '');
}

/** The message of whatever was thrown: an Error's (or an object's `message`), else the value as text. */
export function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') return error.message;
  return String(error);
}

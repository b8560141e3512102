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
  const e = error as PgError;
  if (!e || typeof e !== 'object') return false;
  return !e.severity || e.severity === 'FATAL' || e.severity === 'PANIC' || /^(08|57P)/.test(e.code ?? '');
}

/** Connection strings in every form libpq accepts, and the forms of them that are safe to show (never the password). */
export { fromKeywords } from './conninfo';
export { ConnectionError } from './errors';
export { CONNECT_TIMEOUT_MS, parseConnection, type Connection } from './parse';
export { SSL_MODES } from './tls';

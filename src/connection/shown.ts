import type { ClientConfig } from 'pg';

/** postgres://user:***@host:port/db from node-pg settings: never the password. */
export function describe(config: ClientConfig): string {
  const host = config.host ?? 'localhost';
  const shownHost = host.startsWith('/') ? encodeURIComponent(host) : host.includes(':') ? `[${host}]` : host;
  const user = config.user ? `${encodeURIComponent(config.user)}${config.password !== undefined ? ':***' : ''}@` : '';
  return `postgres://${user}${shownHost}${config.port ? `:${config.port}` : ''}/${encodeURIComponent(config.database ?? '')}`;
}

/**
 * A URL is shown as its user wrote it (scheme and host spelling, so that they recognise it),
 * with the password and every parameter but host/hostaddr left out. Falls back to the
 * normalised form when the URL does not split cleanly, or when the result would hold the password.
 */
export function describeUrl(text: string, config: ClientConfig, password: string | undefined, normalised: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return normalised;
  }
  const scheme = url.protocol.replace(/:$/, '').toLowerCase();
  const user = url.username
    ? `${url.username}${password !== undefined ? ':***' : ''}@`
    : config.user
      ? `${encodeURIComponent(config.user)}${password !== undefined ? ':***' : ''}@`
      : '';
  const where = url.searchParams.get('hostaddr') ?? url.searchParams.get('host');
  const query = where ? `?${url.searchParams.has('hostaddr') ? 'hostaddr' : 'host'}=${encodeURIComponent(where)}` : '';
  const written = `${user}${url.host}${url.pathname}${query}`;
  // Only a URL that splits wrongly could carry the password here; then (or for a password short enough to look like a host) the normalised form.
  const secret = password ?? '';
  if (secret !== '' && (written.includes(secret) || written.includes(encodeURIComponent(secret)))) return normalised;
  return `${scheme}://${written}`;
}

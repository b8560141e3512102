/**
 * Names as the catalog snapshot prints them (quote_ident per part, dot-joined: `public.users.email`,
 * `"My Schema".t`, `public.f(a integer)`), split back into their parts, each still quoted as PostgreSQL needs it.
 */
export function nameParts(name: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === '"') {
      // "" inside a quoted identifier is one quote character, not its end.
      if (quoted && name[i + 1] === '"') {
        current += '""';
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (c === '.' && !quoted) {
      parts.push(current);
      current = '';
      continue;
    }
    if (c === '(' && !quoted) {
      // A routine's arguments belong to its last part whatever they hold.
      parts.push(current + name.slice(i));
      return parts;
    }
    current += c;
  }
  parts.push(current);
  return parts;
}

/** `public.users.email` -> the table `public.users` and the member `email` (a column, constraint, trigger or policy). */
export function memberOf(name: string): { table: string; member: string } | undefined {
  const parts = nameParts(name);
  if (parts.length < 2) return undefined;
  return { table: parts.slice(0, -1).join('.'), member: parts[parts.length - 1] };
}

/** An identifier as SQL writes it: quoted (`""` inside is one quote) or bare. */
export const IDENT = String.raw`(?:"(?:[^"]|"")+"|[A-Za-z_][\w$]*)`;
/** `[schema.]name`. */
export const QUALIFIED = String.raw`${IDENT}(?:\.${IDENT})?`;

/** An identifier's name as the catalog stores it: quotes taken off, a bare one folded to lower case. */
export function unquoted(ident: string): string {
  return ident.startsWith('"') ? ident.slice(1, -1).replace(/""/g, '"') : ident.toLowerCase();
}

/** The last part of `[schema.]name`, as stored. */
export function lastPart(qualified: string): string {
  return unquoted(new RegExp(String.raw`(${IDENT})$`).exec(qualified)?.[1] ?? qualified);
}

/** The schema part of `schema.name`, with its dot, or ''. */
export function schemaPrefix(qualified: string): string {
  return new RegExp(String.raw`^(${IDENT}\.)${IDENT}$`).exec(qualified)?.[1] ?? '';
}

/** Two `[schema.]name`s naming the same relation (public being the default schema). */
export function sameRelation(a: string, b: string): boolean {
  const norm = (q: string) => {
    const parts = (q.match(new RegExp(IDENT, 'g')) ?? []).map(unquoted);
    return (parts.length === 2 && parts[0] === 'public' ? parts.slice(1) : parts).join('.');
  };
  return norm(a) === norm(b);
}

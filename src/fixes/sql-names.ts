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

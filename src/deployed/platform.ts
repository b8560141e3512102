import type { Snapshot } from '../catalog/snapshot';

/** What a managed platform adds to every database it hosts: never drift. */
export interface Platform {
  name: 'Neon' | 'Supabase';
  schemas: RegExp;
  extensions: RegExp;
}

const PLATFORMS: (Platform & { marker: RegExp })[] = [
  { name: 'Neon', marker: /^(schema neon|extension neon(_utils)?)$/, schemas: /^neon$/, extensions: /^neon(_utils)?$/ },
  {
    name: 'Supabase',
    marker: /^schema (auth|storage|realtime|_realtime|supabase_functions|supabase_migrations|graphql_public|vault)$/,
    schemas:
      /^(auth|storage|realtime|_realtime|extensions|graphql|graphql_public|vault|pgsodium.*|pgbouncer|supabase_functions|supabase_migrations|net|cron|pgmq)$/,
    extensions: /^(pg_graphql|pgsodium|supabase_vault|pg_net|pg_cron|pgmq|pgjwt|pg_stat_statements)$/,
  },
];

/** The platform whose own schemas or extensions the target holds (by name). */
export function detectPlatform(target: Snapshot): Platform | undefined {
  for (const p of PLATFORMS) {
    for (const o of target.objects.values()) if (p.marker.test(`${o.kind} ${unquoted(o.name)}`)) return p;
  }
  return undefined;
}

/** Whether an object of the target belongs to the platform: in one of its schemas, one of its extensions, or an extension or event trigger of its schemas. */
export function isPlatformObject(p: Platform, kind: string, name: string, props: Record<string, unknown> | undefined): boolean {
  const bare = unquoted(name);
  if (kind === 'schema') return p.schemas.test(bare);
  if (kind === 'extension') return p.extensions.test(bare) || p.schemas.test(unquoted(textOf(props?.schema)));
  if (kind === 'event trigger') return p.schemas.test(textOf(props?.function).split('.')[0]);
  return p.schemas.test(schemaOf(bare));
}

/** drift-ignore patterns: `*` any run of characters, `?` one; matched against the name without quotes, with or without `public.`. */
export function ignoreMatcher(patterns: string[]): (name: string) => boolean {
  const res = patterns.map(
    (p) =>
      new RegExp(
        `^${p
          .split('')
          .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
          .join('')}$`,
      ),
  );
  return (name) => {
    const bare = unquoted(name);
    const short = bare.startsWith('public.') ? bare.slice('public.'.length) : bare;
    return res.some((re) => re.test(bare) || re.test(short));
  };
}

function unquoted(name: string): string {
  return name.replace(/"/g, '');
}

function schemaOf(bare: string): string {
  // comments and other identities may start with a type word: "table auth.users"
  const m = /^(?:[a-z ]+ )?([^.\s]+)\./.exec(bare);
  return m ? m[1] : '';
}

/** A catalog property that holds a name (a schema, a function), '' when absent. */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

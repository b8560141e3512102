import type { Finding } from '../findings';
import type { Outcome } from '../outcome';

/**
 * Secrets are masked in values, before anything is rendered: never by
 * replacing text in a rendered report, where a password such as `postgres`
 * would hit a JSON key and a password `"` would break the syntax.
 */
export const MASK = '***';

/** `text` with every occurrence of each secret replaced, longest secrets first (a whole connection string before its password). */
export function maskText(text: string, secrets: readonly string[]): string {
  if (!secrets.length || !text) return text;
  let out = text;
  for (const secret of [...secrets].filter(Boolean).sort((a, b) => b.length - a.length)) {
    if (out.includes(secret)) out = out.split(secret).join(MASK);
  }
  return out;
}

/** A plain JSON value (report, SARIF) with every string value masked; keys and structure are left as they are. */
export function maskValues<T>(value: T, secrets: readonly string[]): T {
  if (!secrets.length) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return maskText(v, secrets);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  return walk(value) as T;
}

/** The outcome with the texts reporters print masked: findings, the infrastructure error, step errors and reasons. */
export function maskOutcome(outcome: Outcome, secrets: readonly string[]): Outcome {
  if (!secrets.length) return outcome;
  const m = (s: string | undefined) => (s === undefined ? s : maskText(s, secrets));
  const finding = (f: Finding): Finding => ({
    ...f,
    message: maskText(f.message, secrets),
    hint: m(f.hint),
    fix: f.fix && {
      ...f.fix,
      summary: maskText(f.fix.summary, secrets),
      files: f.fix.files.map((x) => ({ ...x, content: maskText(x.content, secrets) })),
    },
  });
  // The reports quote the SQL a finding points at (report/excerpt.ts); a merged report's set holds no files.
  const files = (outcome.set.files as Outcome['set']['files'] | undefined)?.map((f) => ({ ...f, text: maskText(f.text, secrets) }));
  const run = outcome.run && {
    ...outcome.run,
    server: maskText(outcome.run.server, secrets),
    aborted: m(outcome.run.aborted),
    traces: outcome.run.traces.map((t) => {
      const step = (s: typeof t.up) => ({
        ...s,
        reason: m(s.reason),
        error: s.error && {
          ...s.error,
          message: maskText(s.error.message, secrets),
          detail: m(s.error.detail),
          hint: m(s.error.hint),
          where: m(s.error.where),
        },
      });
      return { ...t, up: step(t.up), down: step(t.down), reup: step(t.reup) };
    }),
  };
  return {
    ...outcome,
    set: files ? { ...outcome.set, files } : outcome.set,
    run,
    deployed: outcome.deployed && { ...outcome.deployed, where: maskText(outcome.deployed.where, secrets) },
    findings: outcome.findings.map(finding),
    // Listed in the summary with the comment that silenced each one.
    ignored: outcome.ignored?.map((f) => ({
      ...finding(f),
      reason: m(f.reason),
      by: f.by && { ...f.by, comment: maskText(f.by.comment, secrets) },
    })),
    failing: outcome.failing.map(finding),
    infrastructureError: m(outcome.infrastructureError),
  };
}

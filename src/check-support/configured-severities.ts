import type { Finding, Severity } from '../findings';

/** Per-check severities from the config file (`checks: { id: error|warning|notice }`). */
export function withSeverities(findings: Finding[], severities: ReadonlyMap<string, Severity>): Finding[] {
  if (!severities.size) return findings;
  return findings.map((f) => {
    const severity = severities.get(f.check);
    return severity ? { ...f, severity } : f;
  });
}

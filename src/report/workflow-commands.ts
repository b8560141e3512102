import type { Finding } from '../findings';
import { relativePath } from './paths';

// Escaping as in @actions/core's command.ts: data escapes % CR LF; properties also : and ,.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=...,line=...,col=...,title=check-id::message` for one finding. */
export function annotationCommand(f: Finding, root: string): string {
  const props: [string, string | number | undefined][] = [
    ['file', relativePath(f.file, root)], ['line', f.line], ['endLine', f.endLine], ['col', f.column], ['title', f.check],
  ];
  const properties = props.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  const body = f.hint ? `${f.message}\n${f.hint}` : f.message;
  return `::${f.severity}${properties ? ` ${properties}` : ''}::${escapeData(body)}`;
}

export function annotationCommands(findings: Finding[], root: string): string[] {
  return findings.map((f) => annotationCommand(f, root));
}

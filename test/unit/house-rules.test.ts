import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module shared with eslint.config.mjs (no declarations)
import { layerOf, roomOf } from '../../scripts/layers.mjs';

// The measures of a house the next person can change (issue 23): no folder cycle, type imports counted; no function
// over 100 lines; no file over 400; no template literal over 40 (SQL that long lives in .sql files).
const SRC = path.join(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

interface Measures {
  imports: { from: string; to: string; file: string }[];
  longFunctions: string[];
  longFiles: string[];
  longTemplates: string[];
}

function measure(files: string[]): Measures {
  const m: Measures = { imports: [], longFunctions: [], longFiles: [], longTemplates: [] };
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const rel = path.relative(SRC, file);
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    if (source.getLineStarts().length > 400) m.longFiles.push(`${rel} (${source.getLineStarts().length} lines)`);
    const lines = (node: ts.Node) =>
      source.getLineAndCharacterOfPosition(node.end).line - source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const visit = (node: ts.Node): void => {
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        const spec = node.moduleSpecifier.text;
        const target = path.relative(SRC, path.resolve(path.dirname(file), spec));
        if (spec.startsWith('.') && !target.startsWith('..'))
          m.imports.push({ from: roomOf(rel) as string, to: roomOf(target.endsWith('.ts') ? target : `${target}.ts`) as string, file: rel });
      }
      const isFunction = ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node);
      if (isFunction && lines(node) > 100)
        m.longFunctions.push(`${rel}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} (${lines(node)} lines)`);
      if ((ts.isTemplateExpression(node) || ts.isNoSubstitutionTemplateLiteral(node)) && lines(node) > 40)
        m.longTemplates.push(`${rel}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} (${lines(node)} lines)`);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return m;
}

/** Rooms that reach themselves again through the import graph (Tarjan's strongly connected components of size > 1). */
function cycles(edges: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v) ?? 0);
    stack.push(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      for (let w = stack.pop(); w !== undefined; w = w === v ? undefined : stack.pop()) component.push(w);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('the house rules of src/', () => {
  const files = sourceFiles(SRC);
  const m = measure(files);

  it('reads every source file and its imports', () => {
    expect(files.length).toBeGreaterThan(150);
    expect(m.imports.length).toBeGreaterThan(500);
  });

  it('has no folder cycle, type imports counted', () => {
    const edges = new Map<string, Set<string>>();
    for (const { from, to } of m.imports) if (from !== to) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    expect(cycles(edges)).toEqual([]);
    // The detector itself finds a planted cycle.
    expect(
      cycles(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set(['c'])],
          ['c', new Set(['a'])],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
  });

  it('imports only from the same or an earlier layer of scripts/layers.mjs', () => {
    const wrong = m.imports
      .filter(({ from, to }) => from !== to && (layerOf(to) as number) > (layerOf(from) as number))
      .map((i) => `${i.file} -> ${i.to}`);
    const unknown = [...new Set(m.imports.flatMap(({ from, to }) => [from, to]))].filter((room) => (layerOf(room) as number) < 0);
    expect(unknown).toEqual([]);
    expect(wrong).toEqual([]);
  });

  it('has no function over 100 lines, no file over 400 lines, no template literal over 40 lines', () => {
    expect(m.longFunctions).toEqual([]);
    expect(m.longFiles).toEqual([]);
    expect(m.longTemplates).toEqual([]);
  });
});

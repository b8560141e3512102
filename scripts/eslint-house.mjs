// ESLint rule house/layers: an import from src/ may only reach a room in the same or an earlier layer of
// scripts/layers.mjs (type imports included), so the folder order the README states cannot quietly erode.
import * as path from 'node:path';
import { layerOf, LAYERS, roomOf } from './layers.mjs';

const layers = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      later: '{{from}} (layer {{a}}) must not import {{to}} (layer {{b}}): see scripts/layers.mjs',
      unknown: 'room {{room}} is not in scripts/layers.mjs',
    },
  },
  create(context) {
    const src = path.join(context.cwd, 'src');
    const file = path.relative(src, context.filename);
    if (file.startsWith('..')) return {};
    const from = roomOf(file);
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = path.relative(src, path.resolve(path.dirname(context.filename), spec));
      if (target.startsWith('..')) return;
      const to = roomOf(target.endsWith('.ts') ? target : `${target}.ts`);
      if (to === from) return;
      const a = layerOf(from);
      const b = layerOf(to);
      if (a < 0 || b < 0) context.report({ node, messageId: 'unknown', data: { room: a < 0 ? from : to } });
      else if (b > a) context.report({ node, messageId: 'later', data: { from, to, a: String(a), b: String(b) } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export const housePlugin = { rules: { layers }, meta: { name: 'house', layers: LAYERS.length } };

// The order of the rooms of src/ (a top-level folder, or a top-level file by its name without .ts): the data flows
// settings -> migration set -> facts -> checks -> findings -> outcome -> reporters, and a room imports only from rooms
// in its own layer or an earlier one (type imports count). ESLint's house/layers rule and test/unit/house-rules.test.ts
// both read this list; the README's "How the code is organised" section describes it.
export const LAYERS = [
  ['findings', 'log', 'cleanup', 'version', 'sql', 'facts', 'durations', 'connection'],
  ['formats'],
  ['servers'],
  ['catalog'],
  ['engine'],
  ['deployed'],
  ['git'],
  ['check-support'],
  ['checks'],
  ['outcome', 'judge'],
  ['fixes'],
  ['settings'],
  ['report'],
  ['github'],
  ['pipeline'],
  ['main'],
  ['action', 'cli'],
  ['index'],
];

/** The room of a file under src/ (`servers/url.ts` -> servers, `main.ts` -> main), from its path relative to src/. */
export function roomOf(relative) {
  const parts = relative.split(/[\\/]/);
  return parts.length > 1 ? parts[0] : parts[0].replace(/\.(d\.)?ts$/, '');
}

/** The layer of a room, or -1 for a room the list does not know (the rule then reports it). */
export function layerOf(room) {
  return LAYERS.findIndex((layer) => layer.includes(room));
}

import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { YamlSource } from './source-file.ts';

/** A 1-based position in a file. */
export interface Position {
  line: number;
  column: number;
}

/** One source parsed for locating, with a key index per mapping built on first use. */
interface Located {
  document: Document.Parsed;
  counter: LineCounter;
  keys: WeakMap<YAMLMap, Map<string, Pair>>;
}

// One parse per source, however many problems it has: re-parsing per problem made 3,000 unknown
// keys take minutes. Keyed weakly by the source object, so a loaded file's parse lives as long as it.
const parsed = new WeakMap<YamlSource, Located>();

function located(source: YamlSource): Located {
  let entry = parsed.get(source);
  if (!entry) {
    const counter = new LineCounter();
    const document = parseDocument(source.text, { lineCounter: counter, uniqueKeys: false, keepSourceTokens: false });
    entry = { document, counter, keys: new WeakMap() };
    parsed.set(source, entry);
  }
  return entry;
}

/** The pair of `key` in `map`; the first one when a key is written twice (as YAML readers keep it). */
function pairOf(entry: Located, map: YAMLMap, key: string): Pair | undefined {
  let index = entry.keys.get(map);
  if (!index) {
    index = new Map();
    for (const item of map.items) {
      if (isPair(item) && isScalar(item.key)) {
        const name = String(item.key.value);
        if (!index.has(name)) index.set(name, item);
      }
    }
    entry.keys.set(map, index);
  }
  return index.get(key);
}

/**
 * Finds where a field stands in a YAML source: its value for a wrong value, its key when `atKey`.
 * When the path goes further than the document (a missing field), the deepest existing parent is
 * returned. Parses each source once, on its first problem, so valid content is parsed only by the loader.
 */
export function locate(source: YamlSource, path: readonly PropertyKey[], atKey = false): Position {
  const entry = located(source);
  let node: unknown = entry.document.contents;
  let offset = 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = pairOf(entry, node, String(segment));
      if (!pair) break;
      const key = pair.key as Node;
      const value = pair.value as Node | null;
      offset = (last && atKey) || !value?.range ? (key.range?.[0] ?? offset) : value.range[0];
      node = value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item?.range) break;
      offset = item.range[0];
      node = item;
    } else {
      break;
    }
  }
  const position = entry.counter.linePos(offset);
  return { line: source.firstLine + position.line - 1, column: position.col };
}

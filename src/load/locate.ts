import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { YamlSource } from './source-file.ts';

/** A 1-based position in a file. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Finds where a field stands in a YAML source: its value for a wrong value, its key when `atKey`.
 * When the path goes further than the document (a missing field), the deepest existing parent is
 * returned. Runs only for files with problems, so valid content is parsed once.
 */
export function locate(source: YamlSource, path: readonly PropertyKey[], atKey = false): Position {
  const counter = new LineCounter();
  const document = parseDocument(source.text, { lineCounter: counter, uniqueKeys: false, keepSourceTokens: false });
  let node: unknown = document.contents;
  let offset = 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
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
  const position = counter.linePos(offset);
  return { line: source.firstLine + position.line - 1, column: position.col };
}

import { isMap, isSeq, LineCounter, parseDocument, type YAMLError } from 'yaml';
import { LocatedError } from './located-error';

/**
 * YAML as the author wrote it, read with the `yaml` package: dates stay
 * text (the schemas check them against the calendar, src/report/schemas/calendar-date.ts),
 * and a mistake stops the build at `file:line:column`, where Astro's own
 * file loader logs a line without a position and carries on with an empty
 * collection.
 */
export function readYaml(file: string, text: string, firstLine = 1): unknown {
  const document = parseDocument(text, { prettyErrors: true });
  throwFirstError(file, document.errors, firstLine - 1);
  return document.toJS();
}

/** Throws the first mistake YAML found, at its place: `content/corrections.yaml:6:9: bad indentation: …`. */
function throwFirstError(file: string, errors: YAMLError[], linesBefore: number): void {
  const [error] = errors;
  if (!error) return;
  // A line indented further than the field above it makes YAML read both as
  // one key running over two lines, and it reports the line above. The line
  // to fix is where that key ends.
  const runOn = errors.find((other) => other.code === 'MULTILINE_IMPLICIT_KEY');
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && runOn?.linePos?.[1]) {
    const [above, line] = runOn.linePos;
    throw new LocatedError(
      file,
      line.line + linesBefore,
      line.col,
      `bad indentation: this line is indented further than the field on line ${above.line + linesBefore}, so YAML reads it as part of that field's value`,
    );
  }
  const at = error.linePos?.[0];
  // Astro prints the lines around `loc`; YAML's own copy of them would repeat them.
  const problem = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (!at) throw new Error(`${file}: ${problem}`);
  throw new LocatedError(file, at.line + linesBefore, at.col, problem);
}

/** An entry of a YAML list, with the line it starts on, so a message can point at it. */
export interface ListEntry {
  data: Record<string, unknown>;
  line: number;
}

/** A YAML file that must be a list of entries, each a set of fields. */
export function readYamlList(file: string, text: string): ListEntry[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { prettyErrors: true, lineCounter });
  throwFirstError(file, document.errors, 0);
  const lineOf = (range: readonly number[] | null | undefined) => (range ? lineCounter.linePos(range[0]!).line : 1);
  const list = document.contents;
  if (!isSeq(list)) throw new LocatedError(file, lineOf(list?.range), undefined, 'must be a list of entries, each starting with "- id:"');
  return list.items.map((node) => {
    const line = lineOf(isMap(node) || isSeq(node) ? node.range : undefined);
    if (!isMap(node)) throw new LocatedError(file, line, undefined, 'each entry must be a set of fields, starting with "- id:"');
    return { data: node.toJS(document) as Record<string, unknown>, line };
  });
}

/**
 * The frontmatter of a Markdown or MDX file (between the `---` lines at its
 * top, as Astro finds it), read as {@link readYaml} reads a data file, with
 * lines counted from the top of the file.
 */
export function readFrontmatter(file: string, text: string): Record<string, unknown> {
  const match = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/.exec(text);
  if (!match) return {};
  const start = match.index + match[0].indexOf(match[1]!);
  const data = readYaml(file, match[1]!, text.slice(0, start).split('\n').length);
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

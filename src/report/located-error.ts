/**
 * A mistake at a place in a content file. The message starts with
 * `file:line:column`, which editors and terminals open; `loc` makes Astro
 * print that place and the lines around it instead of the stack of the code
 * that found the mistake.
 */
export class LocatedError extends Error {
  readonly loc: { file: string; line: number; column?: number };

  constructor(file: string, line: number, column: number | undefined, problem: string) {
    super(`${file}:${line}${column === undefined ? '' : `:${column}`}: ${problem}`);
    this.name = 'LocatedError';
    this.loc = column === undefined ? { file, line } : { file, line, column };
  }
}

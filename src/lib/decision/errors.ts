// The parser's one error type: what was expected, what was found, and where.

export interface ParseLocation {
  file: string;
  line: number;
}

export class DecisionParseError extends Error {
  readonly file: string;
  readonly line: number;
  readonly expected: string;
  readonly found: string;

  constructor(location: ParseLocation, expected: string, found: string) {
    const shown = found.length > 80 ? `${found.slice(0, 77)}...` : found;
    super(`${location.file}:${location.line}: expected ${expected}, found ${shown === "" ? "nothing" : JSON.stringify(shown)}`);
    this.name = "DecisionParseError";
    this.file = location.file;
    this.line = location.line;
    this.expected = expected;
    this.found = found;
  }
}

// The corpus's hand-read labels (tests/fixtures/corpus/labels.tsv), one row a statement.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { CORPUS } from "../paths.ts";

/** A statement's fields as a person read them from its page; "" where the page does not say. */
export interface CorpusLabel {
  reference: string;
  /** The statement's text, relative to the corpus folder. */
  file: string;
  /** Where it was published on lgo.org.uk. */
  url: string;
  council: string;
  category: string;
  outcome: string;
  /** As the page prints it: "05 Aug 2019". */
  decision_date: string;
  /** "yes" when the page has the header block (category, decision, date). */
  header_present: string;
  /** "yes" when the text runs to the statement's closing line. */
  full_text: string;
  notes: string;
}

/** Every row, each value with the spaces around it trimmed (a label is compared with what a program reads). */
export function corpusLabels(): CorpusLabel[] {
  return parse(readFileSync(join(CORPUS, "labels.tsv"), "utf8"), {
    delimiter: "\t",
    columns: true,
    relax_quotes: true,
    trim: true,
  }) as CorpusLabel[];
}

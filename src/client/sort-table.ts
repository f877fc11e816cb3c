// Sorting for tables marked data-sortable: each column heading becomes a button that sorts the
// rows by that column's data-sort values (numbers, else text), and says so with aria-sort. The
// table's static order (by name) is what the page shows without JavaScript.

type Direction = "ascending" | "descending";

function sortValue(row: HTMLTableRowElement, column: number): string {
  const cell = row.cells[column];
  return cell?.dataset["sort"] ?? cell?.textContent?.trim() ?? "";
}

function compare(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  const numeric = a !== "" && b !== "" && !Number.isNaN(x) && !Number.isNaN(y);
  return numeric ? x - y : a.localeCompare(b, "en-GB");
}

export function sortRows(table: HTMLTableElement, column: number, direction: Direction): void {
  const body = table.tBodies[0];
  if (!body) return;
  const rows = [...body.rows];
  // Rows with no value (a body not ranked, a rate of nothing) go last whichever way.
  rows.sort((r, s) => {
    const a = sortValue(r, column);
    const b = sortValue(s, column);
    if (a === "" || b === "") return a === b ? 0 : a === "" ? 1 : -1;
    const order = compare(a, b);
    return (direction === "ascending" ? order : -order) || compare(sortValue(r, 0), sortValue(s, 0));
  });
  body.append(...rows);
}

export function enhanceTable(table: HTMLTableElement): void {
  const headings = [...(table.tHead?.rows[0]?.cells ?? [])] as HTMLTableCellElement[];
  const rows = [...(table.tBodies[0]?.rows ?? [])];
  headings.forEach((th, column) => {
    if (th.dataset["nosort"] !== undefined) return;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    button.append(...th.childNodes);
    th.append(button);
    // A column with no value to sort by (every body too few, or unknown) says so instead of sorting.
    if (rows.every((row) => sortValue(row, column) === "")) {
      button.disabled = true;
      const why = "nothing to sort by: no row has a value in this column";
      button.title = why;
      button.append(Object.assign(document.createElement("span"), { className: "visually-hidden", textContent: ` (${why})` }));
      return;
    }
    button.addEventListener("click", () => {
      const next: Direction =
        th.getAttribute("aria-sort") === "descending"
          ? "ascending"
          : th.getAttribute("aria-sort") === "ascending"
            ? "descending"
            : th.dataset["first"] === "ascending"
              ? "ascending"
              : "descending";
      for (const other of headings) other.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", next);
      sortRows(table, column, next);
    });
  });
}

for (const table of document.querySelectorAll<HTMLTableElement>("table[data-sortable]")) enhanceTable(table);

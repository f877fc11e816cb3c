// A decision page's line that places its stated payment among those of decisions like it: read
// from its group's file (data-among) and shown once placed. Until then, and without JavaScript or
// the file, the line stays hidden: the page claims nothing it cannot show.
import { placeAmong, readPlacedAmong } from "../lib/payment-place.ts";

/** How long the group's file may take to arrive before the line is given up. */
const WAIT_MS = 15_000;

async function place(line: HTMLElement): Promise<void> {
  const among = line.dataset["among"]!;
  const pence = Number(line.dataset["pence"]);
  try {
    if (!Number.isInteger(pence)) throw new Error(`the page gives no payment in pence (data-pence="${line.dataset["pence"]}")`);
    const response = await fetch(among, { signal: AbortSignal.timeout(WAIT_MS) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    line.textContent = `${placeAmong(readPlacedAmong(await response.json()), pence).text}.`;
    line.hidden = false;
  } catch (error) {
    console.warn(`The payment's place is not shown (${among}): ${String(error)}`);
  }
}

for (const line of document.querySelectorAll<HTMLElement>("p.place[data-among]")) void place(line);

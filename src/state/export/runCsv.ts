/**
 * A recorded training run as CSV text: one row per epoch ℓ, one column per quantity, headed by
 * the quantity keys the pages use (`epoch`, `epochLearningRate` = η_ℓ, `loss`, `w14` … `b6`,
 * `H4in`, `H4`, …, `dL/dw14`, …, `dL/dH4in`, …). Each value is written at full precision (the
 * shortest text that reads back to the same double), so a spreadsheet or NumPy gets the engine's
 * numbers exactly. Framework-free: the dashboard and the lab call it on a click, the tests call
 * it directly. A run is anything with a number of recorded epochs: a trace, or the lab's run.
 */

/** What the CSV reads from a run: how many epochs it recorded. */
export interface RecordedEpochs {
  readonly length: number;
}

/** What the CSV needs from a kind: its per-epoch columns, in order. */
export interface ColumnSource<Run extends RecordedEpochs = RecordedEpochs> {
  readonly columnKeys: readonly string[];
  column(run: Run, key: string): ArrayLike<number> | undefined;
}

/** A header or a cell as CSV writes it: quoted when it holds a comma, a quote or a line break. */
function cell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The run as CSV: a header row of keys, then one row for each recorded epoch. */
export function runCsv<Run extends RecordedEpochs>(kind: ColumnSource<Run>, run: Run): string {
  const keys = kind.columnKeys.filter((key) => kind.column(run, key) !== undefined);
  const columns = keys.map((key) => kind.column(run, key)!);
  const lines = [keys.map(cell).join(',')];
  for (let row = 0; row < run.length; row++) {
    lines.push(columns.map((column) => String(column[row])).join(','));
  }
  return `${lines.join('\n')}\n`;
}

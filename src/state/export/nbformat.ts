/**
 * Jupyter notebooks as nbformat 4.5 stores them: markdown and code cells, a Python 3 kernel, and
 * the file's text. The book's notebooks (the dashboard's run, the lab's run) are built from these
 * parts, each code cell saved unrun (no outputs, no execution count), so the reader's own kernel
 * gives every number.
 */

/** A cell as nbformat 4.5 stores it: its text as lines, each but the last ending in `\n`. */
export interface Cell {
  readonly id: string;
  readonly cell_type: 'markdown' | 'code';
  readonly metadata: Record<string, never>;
  readonly source: string[];
  readonly execution_count?: null;
  readonly outputs?: [];
}

/** A notebook as nbformat 4.5 stores it. */
export interface Notebook {
  readonly cells: Cell[];
  readonly metadata: {
    readonly kernelspec: { name: string; display_name: string; language: string };
    readonly language_info: { name: string };
  };
  readonly nbformat: 4;
  readonly nbformat_minor: 5;
}

/** Text as nbformat's list of lines. */
function lines(text: string): string[] {
  return text.split('\n').map((line, i, all) => (i < all.length - 1 ? `${line}\n` : line));
}

/** A markdown cell holding `text`. */
export function markdown(id: string, text: string): Cell {
  return { id, cell_type: 'markdown', metadata: {}, source: lines(text) };
}

/** A code cell holding `text`, unrun. */
export function code(id: string, text: string): Cell {
  return {
    id,
    cell_type: 'code',
    metadata: {},
    execution_count: null,
    outputs: [],
    source: lines(text),
  };
}

/** A notebook of these cells, for a Python 3 kernel. */
export function notebookOf(cells: Cell[]): Notebook {
  return {
    cells,
    metadata: {
      kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' },
      language_info: { name: 'python' },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
}

/**
 * A program's notebook: its title, then each step's explanation (a markdown cell `{step}-text`)
 * before the step's code (a code cell `{step}`), in the order of `steps`.
 */
export function stepsNotebook<Step extends string>(
  title: string,
  steps: readonly Step[],
  words: Readonly<Record<Step, string>>,
  program: Readonly<Record<Step, string>>,
): Notebook {
  const cells = steps.flatMap((step) => [
    markdown(`${step}-text`, words[step]),
    code(step, program[step]),
  ]);
  return notebookOf([markdown('title', title), ...cells]);
}

/** A notebook's file: JSON indented by one space, as Jupyter writes it. */
export function notebookText(notebook: Notebook): string {
  return `${JSON.stringify(notebook, null, 1)}\n`;
}

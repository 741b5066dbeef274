/** The dashboard's downloads: the run as CSV, NumPy script and notebook, and a plot as a PNG. */
import { trainingRunKind } from './training-run.kind.ts';
import type { NetworkStore } from './dashboard-store.ts';

/** The downloads' code, loaded on the first click. */
const downloads = () => import('./exports.ts');

/** Saves a plot as a PNG. */
export async function savePng(box: HTMLElement, id: string, title: string) {
  await (await downloads()).savePlotPng(box, `${id}.png`, title);
}

/** The CSV, NumPy script and notebook downloads. */
export function Downloads({ store }: { store: NetworkStore }) {
  const csv = async () =>
    (await downloads()).saveRunCsv(trainingRunKind, store.run.peek(), 'training-run.csv');
  const script = async () => {
    const values = store.settings.peek();
    (await downloads()).saveScript(values, store.defaultsFor(values), 'training-run.py');
  };
  const notebook = async () => {
    const values = store.settings.peek();
    await (await downloads()).saveNotebook(values, store.defaultsFor(values), 'training-run.ipynb');
  };
  return (
    <div class="dashboard-downloads" role="group" aria-label="Downloads">
      <button type="button" class="reset-button" onClick={() => void csv()}>
        Download the run as CSV
      </button>
      <button type="button" class="reset-button" onClick={() => void script()}>
        Download a NumPy script of the run
      </button>
      <button type="button" class="reset-button" onClick={() => void notebook()}>
        Download the run as a Jupyter notebook (.ipynb)
      </button>
    </div>
  );
}

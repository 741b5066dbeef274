/**
 * The lab's downloads: the run as CSV, a NumPy script of it, the same program as a Jupyter
 * notebook, and the losses plot and the surface as PNGs. Native buttons in one group; the code
 * that builds each file (export/lab-exports.ts) loads on the first click, so waking the lab costs
 * only these buttons.
 */
import type { RefObject } from 'preact';
import type { Store } from '../../state/store.ts';
import type { LabRun } from './lab-run.ts';
import type { LabView } from './lab-view.ts';

interface Props {
  store: Store<LabRun, LabView>;
  /** The widget's figure, which holds the plots' sections. */
  root: RefObject<HTMLElement>;
  /** Whether the data are two classes: the surface is then the decision surface. */
  classes: boolean;
  /** Whether the data have one input: the fit over x₁ is then the plot to save. */
  oneInput: boolean;
}

/** The downloads' code, loaded on the first click. */
const downloads = () => import('./export/lab-exports.ts');

/** A plot's section in the figure and its heading, the picture's title. */
function partOf(root: RefObject<HTMLElement>, selector: string) {
  const part = root.current?.querySelector<HTMLElement>(selector);
  const title = part?.querySelector('h3')?.textContent ?? '';
  return part ? { part, title } : undefined;
}

/** The Downloads group: a button for each file, each loading the downloads' code when pressed. */
export function LabDownloads({ store, root, classes, oneInput }: Props) {
  const csv = async () => (await downloads()).saveLabCsv(store.run.peek(), 'lab-run.csv');
  const script = async () => (await downloads()).saveLabScript(store.settings.peek(), 'lab-run.py');
  const notebook = async () =>
    (await downloads()).saveLabNotebook(store.settings.peek(), 'lab-run.ipynb');
  const losses = async () => {
    const found = partOf(root, '.lab-loss');
    if (found) await (await downloads()).saveLossesPng(found.part, 'lab-losses.png', found.title);
  };
  const surface = async () => {
    const found = partOf(root, '.lab-surface');
    if (found) await (await downloads()).saveSurfacePng(found.part, 'lab-surface.png', found.title);
  };
  const fit = async () => {
    const found = partOf(root, '.lab-fit');
    if (found) await (await downloads()).saveLossesPng(found.part, 'lab-fit.png', found.title);
  };
  const button = (label: string, save: () => Promise<void>) => (
    <button type="button" class="nn-button" onClick={() => void save()}>
      {label}
    </button>
  );
  return (
    <div class="lab-downloads" role="group" aria-label="Downloads">
      {button('Download the run as CSV', csv)}
      {button('Download a NumPy script of the run', script)}
      {button('Download the run as a Jupyter notebook (.ipynb)', notebook)}
      {button('Save the losses plot as PNG', losses)}
      {oneInput
        ? button('Save the fit plot as PNG', fit)
        : button(
            classes ? 'Save the decision surface as PNG' : 'Save the prediction surface as PNG',
            surface,
          )}
    </div>
  );
}

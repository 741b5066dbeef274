import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isCoreModule,
  isDiagramModule,
  isEngineCoreModule,
  isNetworkKindModule,
  isPageStateModule,
  isPlotModule,
  isVendorModule,
} from '../../../src/integrations/core-chunk.ts';

describe('the libraries chunk', () => {
  it('holds Preact and signals and none of our code, whatever the path separator', () => {
    expect(isVendorModule('/repo/node_modules/preact/dist/preact.module.js')).toBe(true);
    expect(isVendorModule('C:\\repo\\node_modules\\preact\\hooks\\dist\\hooks.mjs')).toBe(true);
    expect(isVendorModule('/repo/node_modules/@preact/signals-core/dist/signals-core.mjs')).toBe(
      true,
    );
    expect(isVendorModule('/repo/src/state/store.ts')).toBe(false);
    expect(isVendorModule('/repo/src/components/SettingControl.tsx')).toBe(false);
  });
});

describe('the core chunk', () => {
  it('holds the stores and the shared controls, not the libraries, whatever the path separator', () => {
    expect(isCoreModule('/repo/node_modules/preact/dist/preact.module.js')).toBe(false);
    expect(isCoreModule('C:\\repo\\src\\state\\store.ts')).toBe(true);
    expect(isCoreModule('/repo/src/components/SettingControl.tsx')).toBe(true);
  });

  it('holds what diagrams, plots and kinds of several chapters share', () => {
    expect(isCoreModule('/repo/src/components/useRoom.ts')).toBe(true);
    expect(isCoreModule('/repo/src/state/kind-parts/weights.ts')).toBe(true);
    expect(isDiagramModule('/repo/src/components/useRoom.ts')).toBe(false);
  });

  it('leaves out the engine, the store kinds and the widgets of one chapter', () => {
    expect(isCoreModule('/repo/src/engine/core/train.ts')).toBe(false);
    expect(isCoreModule('/repo/src/components/network/network.kind.ts')).toBe(false);
    expect(isCoreModule('/repo/src/components/dashboard/TrainingDashboard.tsx')).toBe(false);
    // A name that only starts like a core module's is not one.
    expect(isCoreModule('/repo/src/state/storefront.ts')).toBe(false);
  });
});

describe('the network diagram’s chunk', () => {
  it('holds the diagram and what draws it, and nothing of the core', () => {
    expect(isDiagramModule('/repo/src/components/network/NetworkDiagram.tsx')).toBe(true);
    expect(isDiagramModule('C:\\repo\\src\\components\\network\\geometry.ts')).toBe(true);
    expect(isDiagramModule('/repo/src/components/network/layout.ts')).toBe(false);
    expect(isDiagramModule('/repo/src/state/store.ts')).toBe(false);
  });
});

describe('the plots’ chunk', () => {
  it('holds the line plot and the table of its numbers, not the scales or another widget’s plot', () => {
    expect(isPlotModule('/repo/src/components/plot/LinePlot.tsx')).toBe(true);
    expect(isPlotModule('C:\\repo\\src\\components\\plot\\LiveTable.tsx')).toBe(true);
    expect(isPlotModule('/repo/src/components/plot/epochs.ts')).toBe(true);
    expect(isPlotModule('/repo/src/components/plot/scales.ts')).toBe(false);
    expect(isPlotModule('/repo/src/components/lab/LossPlot.tsx')).toBe(false);
  });
});

describe('the engine-core chunk', () => {
  it('holds the engine every network page runs, whatever the path separator', () => {
    expect(isEngineCoreModule('/repo/src/engine/core/train.ts')).toBe(true);
    expect(isEngineCoreModule('C:\\repo\\src\\engine\\core\\network.ts')).toBe(true);
    expect(isEngineCoreModule('/repo/src/engine/scenarios/byHand.ts')).toBe(true);
  });

  it('holds every module of the engine’s core folder, found by the folder', () => {
    const core = readdirSync(new URL('../../../src/engine/core/', import.meta.url));
    expect(core.length).toBeGreaterThan(10);
    for (const name of core) expect(isEngineCoreModule(`/repo/src/engine/core/${name}`)).toBe(true);
  });

  it('leaves out the gradient check, which only the backpropagation pages load', () => {
    expect(isEngineCoreModule('/repo/src/engine/gradients/gradcheck.ts')).toBe(false);
    expect(isEngineCoreModule('/repo/src/engine/gradients/backward.ts')).toBe(false);
  });

  it('leaves out the engine modules of one chapter, the kinds and the core', () => {
    expect(isEngineCoreModule('/repo/src/engine/exercises/forwardPass.ts')).toBe(false);
    expect(isEngineCoreModule('/repo/src/engine/scenarios/chain.ts')).toBe(false);
    expect(isEngineCoreModule('/repo/src/engine/scenarios/byHandish.ts')).toBe(false);
    expect(isEngineCoreModule('/repo/src/engine/corelike/network.ts')).toBe(false);
    expect(isEngineCoreModule('/repo/src/engine/index.ts')).toBe(false);
    expect(isEngineCoreModule('/repo/src/components/network/network.kind.ts')).toBe(false);
    expect(isEngineCoreModule('/repo/node_modules/preact/dist/preact.module.js')).toBe(false);
  });
});

describe('the page-state chunk', () => {
  it('holds the page’s state script and the table of kinds handed to it, on any separator', () => {
    expect(isPageStateModule('/repo/src/state/page-state.ts')).toBe(true);
    expect(isPageStateModule('/repo/src/components/kind-loaders.ts')).toBe(true);
    expect(isPageStateModule('C:\\repo\\src\\components\\kind-loaders.ts')).toBe(true);
  });

  it('leaves out the kinds themselves, the build’s table and the book’s state', () => {
    expect(isPageStateModule('/repo/src/components/kinds.ts')).toBe(false);
    expect(isPageStateModule('/repo/src/components/network/network.kind.ts')).toBe(false);
    expect(isPageStateModule('/repo/src/state/book-state.ts')).toBe(false);
    expect(isPageStateModule('/repo/src/state/page-stores.ts')).toBe(false);
  });
});

describe('the network-kind chunk', () => {
  it('holds the dashboard’s kind and the parts every network kind is made of, on any separator', () => {
    expect(isNetworkKindModule('/repo/src/components/dashboard/training-run.kind.ts')).toBe(true);
    expect(isNetworkKindModule('/repo/src/state/kind-parts/chapter-network.ts')).toBe(true);
    expect(isNetworkKindModule('/repo/src/state/kind-parts/network-kind.ts')).toBe(true);
    expect(isNetworkKindModule('C:\\repo\\src\\state\\kind-parts\\network-settings.ts')).toBe(true);
  });

  it('leaves out the network kind with its gradient check, other kinds and the comparisons', () => {
    expect(isNetworkKindModule('/repo/src/components/network/network.kind.ts')).toBe(false);
    expect(isNetworkKindModule('/repo/src/components/parameters/widths.kind.ts')).toBe(false);
    expect(isNetworkKindModule('/repo/src/state/kind-parts/comparison-run.ts')).toBe(false);
    expect(isNetworkKindModule('/repo/src/state/kind-parts/diverged.ts')).toBe(false);
  });
});

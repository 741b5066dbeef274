import { describe, expect, it } from 'vitest';
import { networkLayout, describeNetwork } from '../../../src/components/network/layout.ts';
import { networkNames } from '../../../src/engine/index.ts';

const layout = networkLayout(networkNames([3, 2, 1]), { hidden: 'sigmoid', output: 'identity' });

describe('the layout of the chapter network, from its widths', () => {
  it('groups the controls by the node each parameter feeds', () => {
    expect(layout.controlGroups.slice(0, 4)).toEqual([
      { legend: 'Inputs and target', keys: ['x1', 'x2', 'x3', 'y'] },
      { legend: 'Into hidden node H4', keys: ['w14', 'w24', 'w34', 'b4'] },
      { legend: 'Into hidden node H5', keys: ['w15', 'w25', 'w35', 'b5'] },
      { legend: 'Into output node O6', keys: ['w46', 'w56', 'b6'] },
    ]);
  });

  it('lists the values table’s rows in reading order, with the meanings the chapter uses', () => {
    expect(layout.tableRows).toEqual([
      { quantity: 'x1', name: 'x1 = I1', meaning: 'feature 1, passed on by input node I1' },
      { quantity: 'x2', name: 'x2 = I2', meaning: 'feature 2, passed on by input node I2' },
      { quantity: 'x3', name: 'x3 = I3', meaning: 'feature 3, passed on by input node I3' },
      { quantity: 'w14', name: 'λ1,4', meaning: 'weight from I1 to H4' },
      { quantity: 'w24', name: 'λ2,4', meaning: 'weight from I2 to H4' },
      { quantity: 'w34', name: 'λ3,4', meaning: 'weight from I3 to H4' },
      { quantity: 'b4', name: 'b4', meaning: 'bias of H4' },
      { quantity: 'H4in', name: 'H4in', meaning: 'H4 before activation' },
      { quantity: 'H4', name: 'H4', meaning: 'H4 after the sigmoid' },
      { quantity: 'w15', name: 'λ1,5', meaning: 'weight from I1 to H5' },
      { quantity: 'w25', name: 'λ2,5', meaning: 'weight from I2 to H5' },
      { quantity: 'w35', name: 'λ3,5', meaning: 'weight from I3 to H5' },
      { quantity: 'b5', name: 'b5', meaning: 'bias of H5' },
      { quantity: 'H5in', name: 'H5in', meaning: 'H5 before activation' },
      { quantity: 'H5', name: 'H5', meaning: 'H5 after the sigmoid' },
      { quantity: 'w46', name: 'λ4,6', meaning: 'weight from H4 to O6' },
      { quantity: 'w56', name: 'λ5,6', meaning: 'weight from H5 to O6' },
      { quantity: 'b6', name: 'b6', meaning: 'bias of O6' },
      { quantity: 'O6in', name: 'O6in', meaning: 'O6 before activation' },
      { quantity: 'O6', name: 'O6 = ŷ', meaning: 'the prediction (identity activation)' },
      { quantity: 'y', name: 'y', meaning: 'the target' },
    ]);
  });

  it('describes the diagram in words with the values it shows', () => {
    const text = describeNetwork(layout.names, (key) => `<${key}>`);
    expect(text).toBe(
      'Inputs x1, x2, x3 = <x1>, <x2>, <x3> feed hidden nodes H4 = <H4> and H5 = <H5>, ' +
        'which feed the output O6 = ŷ = <O6>. The table that follows lists every value.',
    );
    expect(layout.title).toBe('The 3-2-1 network and its current values');
  });
});

/** The looks of the lab's tables (lab.css): small tabular figures, each folded under a summary. */
import type { TableClasses } from '../plot/LiveTable.tsx';

export const LAB_TABLE: TableClasses = { details: 'lab-details', table: 'lab-table' };

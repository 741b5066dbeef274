/** How the parts widgets write a number into a box: the book's decimals, a plain ASCII minus. */
import { formatNumber } from '../../state/format.ts';

export function boxText(value: number, digits: number): string {
  return formatNumber(value, digits).replace('\u2212', '-');
}

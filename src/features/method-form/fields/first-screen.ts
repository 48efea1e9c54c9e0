import { createContext } from 'react';

/**
 * How far down the form its fields are rendered, in controls from the top
 * (see `controlStarts`): on the form's first render only those that can be on
 * screen, then all of them (`Infinity`), right after that first paint.
 */
export const FirstScreenContext = createContext<number>(Infinity);

/** Less than any field's height in CSS pixels (a row is at least 35 px: 30 px plus padding and border), so the estimate errs towards more. */
const MIN_FIELD_HEIGHT = 34;

/** How many controls can be on screen when a form first paints, the page being possibly scrolled already. */
export function firstScreenControls(): number {
  return Math.ceil((window.scrollY + window.innerHeight) / MIN_FIELD_HEIGHT);
}

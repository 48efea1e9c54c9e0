import { createContext } from 'react';

/**
 * True while a field renders as one row of the Params table (ARIA table roles on its cells);
 * compound fields reset it for their children, so no row ends up inside another row's cell.
 */
export const TableRowContext = createContext(false);

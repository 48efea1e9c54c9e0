// lint-as: src/core/response/fixture.ts
// expect: no-restricted-imports
import { createPortal } from 'react-dom';

export const portal = createPortal;

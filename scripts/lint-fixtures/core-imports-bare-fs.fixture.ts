// lint-as: src/core/catalog/fixture.ts
// expect: no-restricted-imports
import fs from 'fs';

export const read = fs.readFileSync;

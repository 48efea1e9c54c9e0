// lint-as: src/lib/fixture.ts
// expect: import-x/no-restricted-paths
import * as checkKey from '../features/connection/check-key';

export { checkKey };

// lint-as: src/ui/fixture.ts
// expect: import-x/no-restricted-paths
import * as checkKey from '../features/connection/check-key';

export { checkKey };

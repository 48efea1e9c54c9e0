// lint-as: src/features/history/fixture.ts
// expect: import-x/no-restricted-paths
import * as page from '../../app/MethodPage';

export { page };

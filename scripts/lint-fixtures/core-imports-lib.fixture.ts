// lint-as: src/core/request/fixture.ts
// expect: import-x/no-restricted-paths
import * as proxyClient from '../../lib/proxy-client';

export { proxyClient };

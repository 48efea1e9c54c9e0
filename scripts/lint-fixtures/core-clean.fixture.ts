// lint-as: src/core/request/fixture.ts
// expect: nothing
// The allowed side of each rule: universal web APIs, pure libraries, core imports, a parameter named like a global.
import { z } from 'zod';
import { buildRequest } from './build-request';

export function origin(location: string): string {
  const bytes = new TextEncoder().encode(location);
  return `${new URL(location).origin} ${new TextDecoder().decode(bytes)} ${btoa('a')} ${typeof z} ${typeof buildRequest}`;
}

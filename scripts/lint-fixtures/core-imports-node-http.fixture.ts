// lint-as: src/core/request/fixture.ts
// expect: no-restricted-imports
import http from 'node:http';

export const server = http.createServer;

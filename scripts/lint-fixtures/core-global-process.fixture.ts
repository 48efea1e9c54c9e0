// lint-as: src/core/request/fixture.ts
// expect: no-restricted-globals
export const used = typeof process;

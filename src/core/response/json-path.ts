/** A key of an object or an index of an array, as met while walking a value. */
export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Appends one segment to a JSON path in the form people type: `contacts[3].email`, `["odd key"]`. */
export function childPath(parent: string, segment: PathSegment): string {
  if (typeof segment === 'number') return `${parent}[${segment}]`;
  if (IDENTIFIER.test(segment)) return parent === '' ? segment : `${parent}.${segment}`;
  return `${parent}[${JSON.stringify(segment)}]`;
}

/** Joins segments into a JSON path; the root is the empty path. */
export function formatPath(segments: readonly PathSegment[]): string {
  let path = '';
  for (const s of segments) path = childPath(path, s);
  return path;
}

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

/** Splits a path `childPath` wrote back into its segments: `contacts[3]["odd key"].id` → contacts, 3, odd key, id. */
export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  let i = 0;
  while (i < path.length) {
    if (path[i] === '.') i++;
    if (path[i] === '[') {
      if (path[i + 1] === '"') {
        // A JSON string: find its closing quote, skipping escaped ones.
        let end = i + 2;
        while (end < path.length && path[end] !== '"') end += path[end] === '\\' ? 2 : 1;
        segments.push(JSON.parse(path.slice(i + 1, end + 1)) as string);
        i = end + 2;
      } else {
        const end = path.indexOf(']', i);
        segments.push(Number(path.slice(i + 1, end)));
        i = end + 1;
      }
      continue;
    }
    const match = /^[A-Za-z_$][\w$]*/.exec(path.slice(i));
    if (!match) break;
    segments.push(match[0]);
    i += match[0].length;
  }
  return segments;
}

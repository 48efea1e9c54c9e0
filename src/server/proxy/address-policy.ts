import net from 'node:net';

/**
 * Whether an IP address is in space a public API host never uses: loopback,
 * private, link-local, unique-local, CGNAT, multicast, unspecified,
 * documentation or reserved — in every IPv6 spelling that embeds such an
 * IPv4 address. A name that resolves there is refused (SSRF through DNS).
 * Anything that is not a plain IP address is refused too.
 */
export function isForbiddenAddress(address: string): boolean {
  if (net.isIPv4(address)) return forbiddenV4(address.split('.').map(Number));
  const bytes = net.isIPv6(address) ? parseIPv6(address) : undefined;
  return bytes ? forbiddenV6(bytes) : true;
}

function forbiddenV4([a = 0, b = 0, c = 0]: number[]): boolean {
  return (
    a === 0 || // "this network"
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // CGNAT
    (a === 169 && b === 254) || // link-local, cloud metadata
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0 && (c === 0 || c === 2)) || // IETF protocol assignments, documentation
    (a === 192 && b === 88 && c === 99) || // 6to4 relay
    (a === 198 && (b === 18 || b === 19)) || // benchmarking
    (a === 198 && b === 51 && c === 100) ||
    (a === 203 && b === 0 && c === 113) ||
    a >= 224 // multicast, reserved, broadcast
  );
}

function forbiddenV6(x: Uint8Array): boolean {
  const word = (i: number) => ((x[2 * i] ?? 0) << 8) | (x[2 * i + 1] ?? 0);
  const v4At = (i: number) => [...x.subarray(i, i + 4)];
  const zeroUntil = (n: number) => x.subarray(0, n).every((b) => b === 0);
  if (zeroUntil(10) && word(5) === 0xffff) return forbiddenV4(v4At(12)); // ::ffff:a.b.c.d, IPv4-mapped
  if (zeroUntil(8) && word(4) === 0xffff && word(5) === 0) return forbiddenV4(v4At(12)); // ::ffff:0:a.b.c.d
  if (zeroUntil(12)) return true; // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d
  const first = word(0);
  if (first === 0x2002) return forbiddenV4(v4At(2)); // 6to4 embeds an IPv4 address
  if (first === 0x0064 && word(1) === 0xff9b) return true; // NAT64 would reach IPv4 space we cannot vet
  if (first === 0x2001 && word(1) === 0) return true; // Teredo hides an IPv4 address
  if (first === 0x2001 && word(1) === 0x0db8) return true; // documentation
  if (first === 0x0100 && word(1) === 0 && word(2) === 0 && word(3) === 0) return true; // discard-only
  if ((first & 0xfe00) === 0xfc00) return true; // fc00::/7 unique local
  if ((first & 0xffc0) === 0xfe80 || (first & 0xffc0) === 0xfec0) return true; // link-local, old site-local
  if ((first & 0xff00) === 0xff00) return true; // multicast
  return false;
}

/** 16 bytes of an IPv6 address already validated by `net.isIPv6`, zone id dropped. */
function parseIPv6(address: string): Uint8Array | undefined {
  const text = address.split('%')[0] ?? '';
  const groups = (part: string): number[] => {
    if (part === '') return [];
    const out: number[] = [];
    for (const g of part.split(':')) {
      if (g.includes('.')) {
        const [a = 0, b = 0, c = 0, d = 0] = g.split('.').map(Number);
        out.push((a << 8) | b, (c << 8) | d);
      } else out.push(Number.parseInt(g, 16));
    }
    return out;
  };
  const [head = '', tail] = text.split('::');
  const h = groups(head);
  const t = tail === undefined ? [] : groups(tail);
  const words = [...h, ...new Array<number>(8 - h.length - t.length).fill(0), ...t];
  if (words.length !== 8) return undefined;
  const bytes = new Uint8Array(16);
  words.forEach((w, i) => {
    bytes[2 * i] = w >> 8;
    bytes[2 * i + 1] = w & 255;
  });
  return bytes;
}

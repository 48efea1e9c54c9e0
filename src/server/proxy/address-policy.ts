import net from 'node:net';

/**
 * Whether an IP address is in space a public API host never uses: loopback,
 * private, link-local, unique-local, CGNAT, multicast, unspecified or reserved.
 * A name that resolves there is refused, which defeats SSRF through DNS.
 */
export function isForbiddenAddress(address: string): boolean {
  const v4 = toIPv4(address);
  if (v4) return forbiddenV4(v4);
  if (!net.isIPv6(address)) return true;
  const lower = address.toLowerCase();
  if (lower === '::' || lower === '::1') return true;
  const first = Number.parseInt(lower.split(':')[0] || '0', 16);
  if ((first & 0xfe00) === 0xfc00) return true; // fc00::/7 unique local
  if ((first & 0xffc0) === 0xfe80) return true; // fe80::/10 link-local
  if ((first & 0xff00) === 0xff00) return true; // multicast
  if (lower.startsWith('64:ff9b:') || lower.startsWith('2001:db8:')) return true; // NAT64, documentation
  return false;
}

/** Extracts an IPv4 address, including IPv4-mapped/compatible IPv6 spellings such as `::ffff:127.0.0.1`. */
function toIPv4(address: string): number[] | undefined {
  let text = address;
  const mapped = /^::(?:ffff:(?:0:)?)?(.+)$/i.exec(address);
  if (mapped && mapped[1]) {
    const tail = mapped[1];
    if (net.isIPv4(tail)) text = tail;
    else if (/^[0-9a-f]{1,4}:[0-9a-f]{1,4}$/i.test(tail) && /^::ffff:/i.test(address)) {
      const [hi = '0', lo = '0'] = tail.split(':');
      const h = Number.parseInt(hi, 16);
      const l = Number.parseInt(lo, 16);
      return [h >> 8, h & 255, l >> 8, l & 255];
    }
  }
  if (!net.isIPv4(text)) return undefined;
  return text.split('.').map(Number);
}

function forbiddenV4([a = 0, b = 0]: number[]): boolean {
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // CGNAT
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224 // multicast and reserved
  );
}

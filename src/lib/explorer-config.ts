import { queryOptions } from '@tanstack/react-query';
// zod/mini: the shell's boundary checks without pulling full zod into the first load.
import * as z from 'zod/mini';

const configSchema = z.object({
  sandbox: z.nullable(z.object({ apiUrl: z.string(), apiKey: z.string() })),
  version: z.string(),
});

export type ExplorerConfig = z.infer<typeof configSchema>;

/** The server-provided config: where the built-in sandbox runs and its key. */
export const explorerConfigQuery = queryOptions({
  queryKey: ['explorer-config'],
  queryFn: async (): Promise<ExplorerConfig> => {
    const res = await fetch('/explorer-config.json', { cache: 'no-store' });
    if (!res.ok) throw new Error(`The explorer server answered ${res.status} for its config.`);
    return configSchema.parse(await res.json());
  },
  staleTime: Infinity,
});

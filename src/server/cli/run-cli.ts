import type http from 'node:http';

/** Runs a CLI entry: prints a clean error (no stack for expected mistakes) and closes servers on Ctrl+C. */
export function runCli(main: () => Promise<http.Server[]>): void {
  main().then(
    (servers) => {
      const stop = () => {
        for (const s of servers) {
          s.closeAllConnections();
          s.close();
        }
        process.exit(0);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (err: unknown) => {
      const e = err as NodeJS.ErrnoException;
      if (e.code === 'EADDRINUSE') console.error(`Port already in use: ${e.message}. Pick another with --port.`);
      else console.error(e instanceof Error ? e.message : String(e));
      process.exit(1);
    },
  );
}

import { ConnectionControl } from '../../features/connection/ConnectionControl';
import type { ConnectionState } from '../../features/connection/use-connection';
import { SandboxSettings } from '../../features/sandbox-settings/components/SandboxSettings';

/** The connection dialog's content (loaded when first opened): the active connection, and the sandbox's own settings. */
export function ConnectionSettings({
  state,
  sandboxUrl,
  showSandbox,
}: {
  state: ConnectionState;
  sandboxUrl: string | undefined;
  showSandbox: boolean;
}) {
  return (
    <>
      <ConnectionControl state={state} sandboxUrl={sandboxUrl} />
      {showSandbox && <SandboxSettings />}
    </>
  );
}

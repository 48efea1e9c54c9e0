import type { ConnectionState } from '../features/connection/use-connection';

/** The webhooks inbox as a workspace tab. (Placeholder until the inbox lands.) */
export function WebhooksPage({
  active,
  tabId,
}: {
  active: boolean;
  tabId: string;
  connection: ConnectionState;
  sideBySide: boolean;
}) {
  return (
    <div
      className="pane-scroll page-pad"
      hidden={!active}
      role="tabpanel"
      id={`tabpanel-${tabId}`}
      aria-labelledby={`tab-${tabId}`}
    >
      <h2>Webhooks inbox</h2>
    </div>
  );
}

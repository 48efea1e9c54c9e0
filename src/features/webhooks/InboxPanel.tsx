/** The sidebar's Webhooks view: the inbox's deliveries, newest first. (Placeholder until the inbox lands.) */
export function InboxPanel({ onOpenInbox }: { onOpenInbox: () => void }) {
  return (
    <div className="page-pad">
      <button type="button" className="small-button" onClick={onOpenInbox}>
        Open the webhooks inbox
      </button>
    </div>
  );
}

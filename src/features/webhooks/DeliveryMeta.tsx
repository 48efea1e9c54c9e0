import type { Delivery } from '../../core/webhooks/inbox-wire';
import { clockTime, eventLabel, shortBytes, shortDate } from './inbox-view';

/** A delivery's head line in the tab: event, time, inbox, size, and its flags said in words. */
export function DeliveryMeta({ delivery, maxBodyBytes }: { delivery: Delivery; maxBodyBytes: number | undefined }) {
  return (
    <div className="delivery-meta" aria-label="Delivery" role="group">
      <span className="delivery-meta__event">{eventLabel(delivery)}</span>
      <span>#{delivery.id}</span>
      <time dateTime={delivery.receivedAt} title={delivery.receivedAt}>
        {shortDate(delivery.receivedAt)} {clockTime(delivery.receivedAt)}
      </time>
      <span>
        inbox <span className="mono">{delivery.inbox}</span>
      </span>
      <span>{shortBytes(delivery.bytes)}</span>
      {delivery.duplicateOf && (
        <span className="delivery-flag delivery-flag--duplicate">Duplicate of #{delivery.duplicateOf}</span>
      )}
      {delivery.truncated && <span className="delivery-flag delivery-flag--cut">Body cut</span>}
      {(delivery.duplicateOf || delivery.truncated) && (
        <p className="delivery-meta__notes">
          {delivery.duplicateOf &&
            'Same body as an earlier delivery: ActiveCampaign delivers at least once, so a receiver must handle repeats. '}
          {delivery.truncated &&
            `The body was longer than the inbox keeps${maxBodyBytes ? ` (${shortBytes(maxBodyBytes)})` : ''}: only its start is shown, and the decoded payload may end mid-field.`}
        </p>
      )}
    </div>
  );
}

/** One POST to a webhook's URL, ready to send. */
export interface Delivery {
  url: string;
  headers: Readonly<Record<string, string>>;
  /** The form-encoded payload. */
  body: string;
}

/** What became of one delivery: the receiver's status, a network failure, or a refusal before any connection. */
export type DeliveryResult = { status: number } | { error: string } | { refused: string };

/** Sends one delivery, once (ActiveCampaign never retries); never rejects. */
export type Deliverer = (delivery: Delivery) => Promise<DeliveryResult>;

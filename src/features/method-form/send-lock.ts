/**
 * Keeps a second submit (the second click of a double-click, a repeated Ctrl+Enter) from sending
 * again before the first is visibly in flight. Taken synchronously on submit; released when the send
 * is refused, when the call that was started has ended (busy went true, then false), or — if the page
 * never reported the call as busy (it failed at once) — after `graceMs`.
 */
export class SendLock {
  private state: 'idle' | 'validating' | 'sent' = 'idle';
  private sawBusy = false;
  private sentAt = 0;

  constructor(private readonly graceMs = 600) {}

  /** Takes the lock for a new submit; false when one is already under way. */
  acquire(busy: boolean, now: number): boolean {
    if (busy) return false;
    if (this.state === 'validating') return false;
    if (this.state === 'sent' && !(this.sawBusy === false && now - this.sentAt >= this.graceMs)) return false;
    this.state = 'validating';
    this.sawBusy = false;
    return true;
  }

  /** The values were refused: nothing was sent. */
  refused(): void {
    this.state = 'idle';
  }

  /** The values were handed to the page to send. */
  sent(now: number): void {
    this.state = 'sent';
    this.sentAt = now;
  }

  /** The page's `busy` as rendered. */
  busyChanged(busy: boolean): void {
    if (busy) this.sawBusy = true;
    else if (this.state === 'sent' && this.sawBusy) this.state = 'idle';
  }
}

/** The home view: what to do first, and the three things every newcomer needs, each a link into the app. */
export function Welcome({
  onOpenMethod,
  onFirstRequest,
  onConnection,
  sandbox,
}: {
  onOpenMethod: (id: string) => void;
  onFirstRequest: () => void;
  onConnection: () => void;
  sandbox: boolean;
}) {
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Explore the ActiveCampaign API</h2>
      <p className="welcome-lead">
        {sandbox ? (
          <>
            You are on the built-in <strong>Sandbox</strong>: an offline account with demo data, so nothing you send
            here touches a real account.
          </>
        ) : (
          <>Requests go to your own ActiveCampaign account.</>
        )}{' '}
        Pick a method on the left, or press <kbd>Ctrl</kbd> <kbd>K</kbd>.
      </p>
      <button type="button" className="primary welcome-cta" onClick={onFirstRequest}>
        Send your first request
      </button>
      <p className="welcome-cta-note">
        Asks <code>GET /api/3/users/me</code> who the API key belongs to: the quickest check that a URL and key work.
      </p>
      <ul className="welcome-cards">
        <li>
          <h3>Your API URL and key</h3>
          <p>
            In ActiveCampaign open <em>Settings &gt; Developer</em>. Resetting the key there refuses the old one
            everywhere until your apps use the new key.
          </p>
          <button type="button" className="link-button" onClick={onConnection}>
            Connect my account
          </button>
        </li>
        <li>
          <h3>5 requests per second</h3>
          <p>
            The limit is per account, shared by every key and app; above it ActiveCampaign answers 429 with{' '}
            <code>Retry-After</code>.
          </p>
          <button type="button" className="link-button" onClick={() => onOpenMethod('v3.contacts.list')}>
            Try a list call
          </button>
        </li>
        <li>
          <h3>Paging</h3>
          <p>
            Lists return 20 items by default and at most 100, with <code>offset</code> and <code>meta.total</code>; for
            large contact lists sort by id and page with <code>id_greater</code>.
          </p>
          <button type="button" className="link-button" onClick={() => onOpenMethod('v3.contacts.list')}>
            Open “List, search and filter contacts”
          </button>
        </li>
      </ul>
    </section>
  );
}

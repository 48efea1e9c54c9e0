import type { MouseEvent } from 'react';
import { findRecipeSummary } from '../../core/recipes/recipe-summaries';
import { targetPath, type TabTarget } from '../../core/workspace/tab-target';
import type { GuideActions } from '../../features/guides/GuidePage';
import { guideIndex } from '../../features/guides/guide-index';
import './welcome.css';

/** The recipes a newcomer runs first, in order: a key check, then the everyday contact workflow, then fields. */
const STARTER_RECIPES = ['first-call', 'onboard-contact', 'custom-field'];

/** The home view: the onboarding start. One call to send now, then where to learn, what to run, what to watch. */
export function Welcome({
  onFirstRequest,
  onConnection,
  actions,
  sandbox,
}: {
  onFirstRequest: () => void;
  onConnection: () => void;
  actions: GuideActions;
  sandbox: boolean;
}) {
  // Guide and recipe entries are links (new tab, copy address); a plain click opens them as workspace tabs.
  const follow = (target: TabTarget) => (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    if (target.kind === 'guide') actions.openGuide(target.id);
    else if (target.kind === 'recipe') actions.openRecipe(target.id);
  };
  const recipes = STARTER_RECIPES.flatMap((id) => {
    const r = findRecipeSummary(id);
    return r ? [r] : [];
  });
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
      <div className="welcome-start">
        <button type="button" className="primary welcome-cta" onClick={onFirstRequest}>
          Send your first request
        </button>
        <p className="welcome-cta-note">
          Asks <code>GET /api/3/users/me</code> who the API key belongs to: the quickest check that a URL and key work.
        </p>
      </div>
      <ul className="welcome-cards">
        <li>
          <h3>
            <span className="welcome-step" aria-hidden="true">
              1
            </span>
            Learn the essentials
          </h3>
          <p>Where your API URL and key live, what resetting a key does, the sandbox, and a first call.</p>
          <a
            className="welcome-action"
            href={targetPath({ kind: 'guide', id: 'getting-started' })}
            onClick={follow({ kind: 'guide', id: 'getting-started' })}
          >
            Read “Getting started”
          </a>
        </li>
        <li>
          <h3>
            <span className="welcome-step" aria-hidden="true">
              2
            </span>
            Run a recipe
          </h3>
          <p>Workflows of several calls, run step by step or all at once, each step’s request and answer in view.</p>
          <ul className="welcome-recipes">
            {recipes.map((r) => (
              <li key={r.id}>
                <a href={targetPath({ kind: 'recipe', id: r.id })} onClick={follow({ kind: 'recipe', id: r.id })}>
                  {r.title}
                </a>
              </li>
            ))}
          </ul>
        </li>
        <li>
          <h3>
            <span className="welcome-step" aria-hidden="true">
              3
            </span>
            Watch webhooks arrive
          </h3>
          <p>The sandbox fires webhooks as you create and tag contacts; the inbox shows each delivery decoded.</p>
          <button type="button" className="welcome-action" onClick={actions.openWebhooks}>
            Open the webhooks inbox
          </button>
        </li>
        <li>
          <h3>
            <span className="welcome-step" aria-hidden="true">
              4
            </span>
            Connect your account
          </h3>
          <p>
            Copy the API URL and key from <em>Settings &gt; Developer</em> in ActiveCampaign. Calls go through a local
            proxy, so the key stays on this machine.
          </p>
          <button type="button" className="welcome-action" onClick={onConnection}>
            Connect my account
          </button>
        </li>
      </ul>
      <nav className="welcome-guides" aria-labelledby="welcome-guides-title">
        <h3 id="welcome-guides-title">Guides</h3>
        <ul>
          {guideIndex.map((g) => (
            <li key={g.id}>
              <a href={targetPath({ kind: 'guide', id: g.id })} onClick={follow({ kind: 'guide', id: g.id })}>
                <span className="welcome-guide-title">{g.title}</span>
                <span className="welcome-guide-summary">{g.summary}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </section>
  );
}

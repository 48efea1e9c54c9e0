import { insert, type SandboxStore } from './store';

/** Seed timestamps start here and step an hour per row, so every start yields identical data. */
export const SEED_START = Date.UTC(2026, 0, 1, 15, 0, 0);
const HOUR = 3_600_000;
const COMPANIES = [
  'Acme Corp',
  'Globex',
  'Initech',
  'Umbrella',
  'Hooli',
  'Stark Industries',
  'Wayne Enterprises',
  'Wonka',
  'Tyrell',
  'Cyberdyne',
  'Soylent',
  'Vandelay',
];

/** The CRM half of the demo account: pipelines with stages, accounts, deals, notes, automations, campaigns, a webhook. */
export function seedCrm(store: SandboxStore): void {
  const pipelines = [
    { title: 'Sales', stages: ['To contact', 'In contact', 'Qualified', 'Proposal sent', 'Negotiation'] },
    { title: 'Partnerships', stages: ['Intro', 'Pilot', 'Signed'] },
    { title: 'Renewals', stages: ['Due', 'Quoted', 'Renewed'] },
    { title: 'Onboarding', stages: ['Kick-off', 'Set-up', 'Live'] },
    { title: 'Events', stages: ['Invited', 'Registered', 'Attended'] },
    { title: 'Referrals', stages: ['Referred', 'Contacted', 'Converted'] },
  ];
  const colors = ['C481DF', '32B0FC', '18D499', 'E6CE4B', 'F46A6A'];
  for (const p of pipelines) {
    const group = insert(store.pipelines, (id) => ({
      id,
      title: p.title,
      currency: 'usd',
      cdate: SEED_START,
      udate: SEED_START,
    }));
    p.stages.forEach((title, i) =>
      insert(store.stages, (id) => ({
        id,
        group: group.id,
        title,
        order: i + 1,
        color: colors[i % colors.length] ?? 'C481DF',
        cdate: SEED_START,
        udate: SEED_START,
      })),
    );
  }
  COMPANIES.forEach((name, i) =>
    insert(store.accounts, (id) => ({
      id,
      name,
      accountUrl: `https://www.${name.toLowerCase().replace(/[^a-z]+/g, '')}.example.com`,
      cdate: SEED_START + i * HOUR,
      udate: SEED_START + i * HOUR,
    })),
  );
  for (let i = 1; i <= 40; i++) {
    const inSales = i % 4 !== 0;
    const stage = inSales ? 1 + (i % 5) : 6 + (i % 3);
    const company = COMPANIES[i % COMPANIES.length] ?? 'Acme Corp';
    insert(store.deals, (id) => ({
      id,
      title: `${company} ${inSales ? 'annual plan' : 'partnership'} #${i}`,
      description: '',
      contact: i * 5,
      account: 1 + (i % COMPANIES.length),
      group: inSales ? 1 : 2,
      stage,
      owner: 1 + (i % 2),
      value: 50_000 * (1 + (i % 9)),
      currency: 'usd',
      percent: 0,
      status: i % 11 === 0 ? 1 : i % 13 === 0 ? 2 : 0,
      cdate: SEED_START + i * HOUR,
      mdate: SEED_START + i * HOUR,
    }));
  }
  for (let i = 1; i <= 20; i++) {
    const onDeal = i % 2 === 0;
    insert(store.notes, (id) => ({
      id,
      note: onDeal ? `Sent the revised quote (${i}).` : `Asked for a demo next week (${i}).`,
      relid: i,
      reltype: onDeal ? 'Deal' : 'Subscriber',
      userid: 1,
      cdate: SEED_START + i * HOUR,
      mdate: SEED_START + i * HOUR,
    }));
  }
  const automations = ['Welcome series', 'Lead scoring', 'Abandoned cart', 'Re-engagement'];
  automations.forEach((name, i) =>
    insert(store.automations, (id) => ({
      id,
      name,
      status: i === 3 ? 2 : 1,
      entered: 120 - i * 20,
      exited: 95 - i * 20,
      cdate: SEED_START + i * HOUR,
      mdate: SEED_START + i * HOUR,
    })),
  );
  const campaigns = ['January newsletter', 'Spring sale', 'Product launch', 'Webinar invite', 'February newsletter'];
  campaigns.forEach((name, i) =>
    insert(store.campaigns, (id) => ({
      id,
      name,
      type: 'single',
      status: 5,
      sent: 225,
      opens: 110 - i * 10,
      clicks: 30 - i * 4,
      cdate: SEED_START + i * 24 * HOUR,
      sdate: SEED_START + i * 24 * HOUR + HOUR,
    })),
  );
  insert(store.webhooks, (id) => ({
    id,
    name: 'CRM sync',
    url: 'https://hooks.example.com/activecampaign',
    events: ['subscribe', 'unsubscribe', 'sent'],
    sources: ['public', 'system'],
    listid: 0,
    cdate: SEED_START,
  }));
}

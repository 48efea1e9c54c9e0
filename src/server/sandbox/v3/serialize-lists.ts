import { isoWithOffset } from '../clock';
import type {
  AutomationRecord,
  CampaignRecord,
  ContactListRecord,
  ContactTagRecord,
  FieldRecord,
  ListRecord,
  SandboxStore,
  TagRecord,
  WebhookRecord,
} from '../store';

/** Builds `{name: <base>/<name>}` link maps, the way every v3 object carries them. */
export function links(base: string, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, `${base}/${n}`]));
}

/** A list in the v3 wire shape. */
export function listJson(store: SandboxStore, l: ListRecord): Record<string, unknown> {
  return {
    stringid: l.stringid,
    userid: '1',
    name: l.name,
    cdate: isoWithOffset(l.cdate),
    p_use_tracking: '1',
    p_use_analytics_read: '0',
    p_use_analytics_link: '0',
    p_use_twitter: '0',
    p_use_facebook: '0',
    p_embed_image: '1',
    p_use_captcha: '1',
    send_last_broadcast: '0',
    private: '0',
    analytics_domains: null,
    analytics_source: '',
    analytics_ua: '',
    carboncopy: null,
    subscription_notify: null,
    unsubscription_notify: null,
    require_name: '0',
    get_unsubscribe_reason: '0',
    to_name: 'Subscriber',
    optinoptout: '1',
    sender_name: '',
    sender_addr1: '',
    sender_city: '',
    sender_zip: '',
    sender_country: '',
    sender_url: l.senderUrl,
    sender_reminder: l.senderReminder,
    fulladdress: '',
    optinmessageid: '0',
    optoutconf: '0',
    deletestamp: null,
    udate: isoWithOffset(l.udate),
    links: links(`${store.baseUrl}/api/3/lists/${l.id}`, ['contactGoalLists', 'user', 'addressLists']),
    id: String(l.id),
    user: '1',
  };
}

/** A tag in the v3 wire shape. */
export function tagJson(store: SandboxStore, t: TagRecord): Record<string, unknown> {
  return {
    tagType: t.tagType,
    tag: t.tag,
    description: t.description,
    cdate: isoWithOffset(t.cdate),
    links: links(`${store.baseUrl}/api/3/tags/${t.id}`, ['contactGoalTags']),
    id: String(t.id),
  };
}

/** A contact-tag link; its id is the link's, not the tag's. */
export function contactTagJson(store: SandboxStore, ct: ContactTagRecord): Record<string, unknown> {
  return {
    cdate: isoWithOffset(ct.cdate),
    contact: String(ct.contact),
    id: String(ct.id),
    links: links(`${store.baseUrl}/api/3/contactTags/${ct.id}`, ['contact', 'tag']),
    tag: String(ct.tag),
  };
}

/** A list membership. */
export function contactListJson(store: SandboxStore, cl: ContactListRecord): Record<string, unknown> {
  const contact = store.contacts.rows.get(cl.contact);
  return {
    contact: String(cl.contact),
    list: String(cl.list),
    form: null,
    seriesid: '0',
    sdate: isoWithOffset(cl.cdate),
    udate: isoWithOffset(cl.udate),
    status: String(cl.status),
    responder: '1',
    sync: '0',
    unsubreason: '',
    campaign: null,
    message: null,
    first_name: contact?.firstName ?? '',
    last_name: contact?.lastName ?? '',
    ip4Sub: '0',
    sourceid: '0',
    autosyncLog: null,
    ip4_last: '0',
    ip4Unsub: '0',
    unsubscribeAutomation: null,
    links: links(`${store.baseUrl}/api/3/contactLists/${cl.id}`, ['list', 'contact']),
    id: String(cl.id),
    automation: null,
  };
}

/** A custom contact field. */
export function fieldJson(store: SandboxStore, f: FieldRecord): Record<string, unknown> {
  return {
    title: f.title,
    descript: f.descript,
    type: f.type,
    isrequired: '0',
    perstag: f.perstag,
    defval: f.defval,
    show_in_list: '0',
    rows: '0',
    cols: '0',
    visible: '1',
    service: '',
    ordernum: String(f.id),
    cdate: isoWithOffset(f.cdate),
    udate: isoWithOffset(f.udate),
    options: [],
    relations: [String(f.id)],
    links: links(`${store.baseUrl}/api/3/fields/${f.id}`, ['options', 'relations']),
    id: String(f.id),
  };
}

/** The field's relation to "all lists" (relid 0), sideloaded with fields. */
export function fieldRelJson(f: FieldRecord): Record<string, unknown> {
  return { field: String(f.id), relid: '0', dorder: '0', cdate: isoWithOffset(f.cdate), links: [], id: String(f.id) };
}

/** A webhook; `links` is an empty array on this resource, as the real one. */
export function webhookJson(w: WebhookRecord): Record<string, unknown> {
  return {
    cdate: isoWithOffset(w.cdate),
    listid: String(w.listid),
    name: w.name,
    url: w.url,
    events: w.events,
    sources: w.sources,
    links: [],
    id: String(w.id),
  };
}

/** An automation (read-only in the sandbox). */
export function automationJson(store: SandboxStore, a: AutomationRecord): Record<string, unknown> {
  return {
    name: a.name,
    cdate: isoWithOffset(a.cdate),
    mdate: isoWithOffset(a.mdate),
    userid: '1',
    status: String(a.status),
    entered: String(a.entered),
    exited: String(a.exited),
    hidden: '0',
    defaultscreenshot: '',
    screenshot: '',
    links: links(`${store.baseUrl}/api/3/automations/${a.id}`, [
      'campaigns',
      'contactGoals',
      'contactAutomations',
      'blocks',
      'goals',
    ]),
    id: String(a.id),
    entitlements_violation: '0',
    source: '0',
    description: null,
    exit_on_unsubscribe: '0',
    exit_on_conversion: '0',
    multientry: '1',
  };
}

/** A campaign (read-only in the sandbox). */
export function campaignJson(store: SandboxStore, c: CampaignRecord): Record<string, unknown> {
  const sent = c.status === 5;
  const counters: Record<string, string> = {
    send_amt: String(c.sent),
    total_amt: String(c.sent),
    opens: String(c.opens),
    uniqueopens: String(Math.round(c.opens * 0.8)),
    linkclicks: String(c.clicks),
    uniquelinkclicks: String(Math.round(c.clicks * 0.7)),
    forwards: '0',
    hardbounces: '0',
    softbounces: '0',
    unsubscribes: '0',
    replies: '0',
  };
  return {
    type: c.type,
    userid: '1',
    segmentid: '0',
    bounceid: '-1',
    realcid: '0',
    sendid: '0',
    threadid: '0',
    seriesid: '0',
    formid: '0',
    basetemplateid: '0',
    basemessageid: '0',
    addressid: '0',
    source: 'web',
    name: c.name,
    cdate: isoWithOffset(c.cdate),
    mdate: isoWithOffset(c.cdate),
    sdate: sent ? isoWithOffset(c.sdate) : null,
    ldate: sent ? isoWithOffset(c.sdate) : null,
    ...counters,
    status: String(c.status),
    public: '1',
    tracklinks: 'all',
    trackreads: '1',
    analytics_campaign_name: '',
    htmlunsub: '1',
    textunsub: '1',
    recurring: '',
    willrecur: '0',
    split_type: 'even',
    responder_type: 'subscribe',
    reminder_field: 'sdate',
    reminder_type: 'month_day',
    laststep: sent ? 'summary' : 'design',
    schedule: '0',
    scheduleddate: null,
    links: links(`${store.baseUrl}/api/3/campaigns/${c.id}`, [
      'user',
      'automation',
      'campaignMessage',
      'links',
      'campaignLists',
    ]),
    id: String(c.id),
    user: '1',
    automation: null,
  };
}

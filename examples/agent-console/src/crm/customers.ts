/** What the CRM knows about a caller (fictional data for the sample call). */
export interface CustomerRecord {
  readonly name: string;
  readonly initials: string;
  readonly phone: string;
  readonly account: string;
  readonly plan: string;
  readonly since: string;
  readonly tier: string;
  readonly cases: readonly {
    readonly id: string;
    readonly title: string;
    readonly status: string;
  }[];
  readonly caseTitle: string;
  /** Values for the playbook's placeholders. */
  readonly values: Readonly<Record<string, string>>;
}

/** Dana Reyes, the caller of the shipped sample call. */
export const SAMPLE_CUSTOMER: CustomerRecord = {
  name: 'Dana Reyes',
  initials: 'DR',
  phone: '(555) ••• ••42',
  account: 'NW-2208-5519',
  plan: 'Unlimited Plus · $65/mo',
  since: 'March 2021',
  tier: 'Gold',
  cases: [
    { id: '#47930', title: 'Refund not received', status: 'Open · 34 days' },
    { id: '#46112', title: 'Plan migration', status: 'Closed' },
  ],
  caseTitle: 'Billing · duplicate charge',
  values: { customerName: 'Dana', agentName: 'Sam' },
};

/** A caller the CRM does not know (a dropped recording). */
export function unknownCustomer(conversation: string): CustomerRecord {
  return {
    name: 'Unknown caller',
    initials: '?',
    phone: 'withheld',
    account: '—',
    plan: '—',
    since: '—',
    tier: '—',
    cases: [],
    caseTitle: conversation === '' ? 'Replayed conversation' : `Replay · ${conversation}`,
    values: {},
  };
}

/**
 * Recall and false positives of the phrase triggers on public data sets (slices in
 * ./fixtures, see its README): real phrasings of billing disputes (banking77) and of
 * requests for a person (bitext), against unrelated customer requests from the same
 * sets and spoken-style insurance calls (natcs). None of this is real call-centre
 * traffic: the figures say how wide the phrase tables are, not how a deployment scores.
 *
 * Each set is split by row parity within its intent: the phrase tables were widened
 * looking only at the misses of the even rows ("tune"); the odd rows ("held out") show
 * whether the widening generalises.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testRule } from '../rules/test-rule.js';
import { customer, jsonl } from '../../test/transcript.js';

interface Row {
  readonly text: string;
  readonly intent: string;
}

const slice = (file: string): Row[] =>
  readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);

/** Rows split by parity of their index within their intent. */
function split(rows: readonly Row[]): { tune: Row[]; heldOut: Row[] } {
  const seen = new Map<string, number>();
  const tune: Row[] = [];
  const heldOut: Row[] = [];
  for (const r of rows) {
    const k = seen.get(r.intent) ?? 0;
    seen.set(r.intent, k + 1);
    (k % 2 === 0 ? tune : heldOut).push(r);
  }
  return { tune, heldOut };
}

/**
 * Share of rows the trigger fires on, each row a customer turn of one call, two
 * minutes apart (longer than any phrase trigger's cooldown).
 */
async function firingRate(
  trigger: string,
  rows: readonly Row[],
): Promise<{ rate: number; fired: Set<number> }> {
  const lines = rows.map((r, i) => customer(r.text, 120 * i + 1, 120 * i + 4, `r${i}`));
  const { fired } = await testRule(trigger, jsonl(...lines));
  const hit = new Set(
    fired.flatMap((f) => f.evidence.utteranceIds.map((id) => Number(id.slice(1)))),
  );
  return { rate: rows.length === 0 ? 0 : hit.size / rows.length, fired: hit };
}

const banking = slice('banking77-slice.jsonl');
const bitext = slice('bitext-slice.jsonl');
const natcs = slice('natcs-insurance-slice.jsonl');

const BANKING_DISPUTE = new Set([
  'transaction_charged_twice',
  'extra_charge_on_statement',
  'card_payment_not_recognised',
  'direct_debit_payment_not_recognised',
  'cash_withdrawal_not_recognised',
  'Refund_not_showing_up',
]);
// natcs's billing-issue reports are disputes in spoken style, measured on their own.
const NATCS_BILLING_ADJACENT = new Set(['ReportBillingIssue']);
// Finding a local insurance agent is close enough to asking for a person to leave out.
const NATCS_PERSON_ADJACENT = new Set(['FindAgent']);

// Figures measured with `pnpm exec vitest run --project core phrase-recall` when the
// tables were last widened; the floors are those figures, so any loss fails.
describe('billing-discrepancy on real phrasings', () => {
  const positives = split(banking.filter((r) => BANKING_DISPUTE.has(r.intent)));
  const unrelated = [
    ...banking.filter((r) => !BANKING_DISPUTE.has(r.intent)),
    ...bitext.filter(
      (r) => !['payment_issue', 'complaint', 'get_refund', 'track_refund'].includes(r.intent),
    ),
    ...natcs.filter((r) => !NATCS_BILLING_ADJACENT.has(r.intent)),
  ];

  // `#` takes a leading currency sign, so "a $1 charge on my statement" is found.
  it('recall on banking77 billing-dispute intents: tune 228/300, held out 177/300 (was 67 and 64)', async () => {
    const tune = await firingRate('billing-discrepancy', positives.tune);
    const heldOut = await firingRate('billing-discrepancy', positives.heldOut);
    expect(positives.tune).toHaveLength(300);
    expect(positives.heldOut).toHaveLength(300);
    expect(tune.rate).toBeGreaterThanOrEqual(228 / 300);
    expect(heldOut.rate).toBeGreaterThanOrEqual(177 / 300);
  });

  it('recall on natcs ReportBillingIssue, spoken style (seen while writing): 29/32', async () => {
    const rows = natcs.filter((r) => r.intent === 'ReportBillingIssue');
    expect((await firingRate('billing-discrepancy', rows)).rate).toBeGreaterThanOrEqual(29 / 32);
  });

  it('no false positives on 2,119 unrelated requests (banking77, bitext, natcs)', async () => {
    expect(unrelated).toHaveLength(2119);
    const { fired } = await firingRate('billing-discrepancy', unrelated);
    expect([...fired].map((i) => unrelated[i]!.text)).toEqual([]);
  });
});

describe('transfer-request on real phrasings', () => {
  const positives = split(bitext.filter((r) => r.intent === 'contact_human_agent'));
  const unrelated = [
    ...bitext.filter((r) => r.intent !== 'contact_human_agent'),
    ...banking,
    ...natcs.filter((r) => !NATCS_PERSON_ADJACENT.has(r.intent)),
  ];

  // Most misses are "I need to talk to someone / an assistant": bitext is written for a
  // chatbot, where that means a human hand-off. On a call the customer is already
  // talking to someone, and "I need to talk to someone about my bill" is how calls
  // open, so a bare someone/somebody/assistant is deliberately not an ask.
  it('recall on bitext contact_human_agent: tune 50/81, held out 47/80 (was 13 and 15)', async () => {
    const tune = await firingRate('transfer-request', positives.tune);
    const heldOut = await firingRate('transfer-request', positives.heldOut);
    expect(positives.tune).toHaveLength(81);
    expect(positives.heldOut).toHaveLength(80);
    expect(tune.rate).toBeGreaterThanOrEqual(50 / 81);
    expect(heldOut.rate).toBeGreaterThanOrEqual(47 / 80);
  });

  it('no false positives on 2,661 unrelated requests (was 5: "add another person to my plan")', async () => {
    expect(unrelated).toHaveLength(2661);
    const { fired } = await firingRate('transfer-request', unrelated);
    expect([...fired].map((i) => unrelated[i]!.text)).toEqual([]);
  });
});

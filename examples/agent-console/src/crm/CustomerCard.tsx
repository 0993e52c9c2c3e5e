import type { ReactNode } from 'react';
import type { CustomerRecord } from './customers.js';

/** The caller's record, as a CRM shows it beside the call. */
export function CustomerCard({ customer }: { customer: CustomerRecord }): ReactNode {
  return (
    <section className="crm-card crm-customer" aria-labelledby="customer-name">
      <div className="crm-customer-head">
        <span className="crm-avatar" aria-hidden="true">
          {customer.initials}
        </span>
        <div>
          <h2 id="customer-name">{customer.name}</h2>
          <p className="crm-muted">{customer.phone}</p>
        </div>
      </div>
      <dl className="crm-fields">
        <div>
          <dt>Account</dt>
          <dd>{customer.account}</dd>
        </div>
        <div>
          <dt>Plan</dt>
          <dd>{customer.plan}</dd>
        </div>
        <div>
          <dt>Customer since</dt>
          <dd>{customer.since}</dd>
        </div>
        <div>
          <dt>Tier</dt>
          <dd>{customer.tier}</dd>
        </div>
      </dl>
      <h3>Recent cases</h3>
      {customer.cases.length === 0 ? (
        <p className="crm-muted">None on file.</p>
      ) : (
        <ul className="crm-cases">
          {customer.cases.map((c) => (
            <li key={c.id}>
              <span className="crm-case-id">{c.id}</span> {c.title}
              <span className="crm-muted"> · {c.status}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useApiError, useInsufficientFunds, useOnline, useQuota, useRateLimit } from '@errata/headless';
import { api, json } from './api.js';

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** The rate-limit banner: a silent timer, announced only when it starts and when it ends. */
function RateLimitBanner() {
  const { limited, secondsLeft, until } = useRateLimit();
  const [announcement, setAnnouncement] = useState('');
  const [was, setWas] = useState(limited);
  // Announce the edges only (start and end), never each tick; derived while rendering, not in an effect.
  if (was !== limited) {
    setWas(limited);
    setAnnouncement(limited ? 'Too many requests. Requests will resume by themselves.' : 'You can try again now.');
  }
  return (
    <>
      <p role="status" data-demo-sr-only="">
        {announcement}
      </p>
      {limited ? (
        <div data-demo-banner="warning">
          <strong>Warning:</strong> Too many requests. You can try again in{' '}
          <span role="timer" aria-live="off">
            {clock(secondsLeft)}
          </span>
          {until ? ` (at ${new Date(until).toLocaleTimeString()})` : ''}.
        </div>
      ) : null}
    </>
  );
}

/** The funds banner: critical, sticky until resolved, one action. */
function FundsBanner() {
  const funds = useInsufficientFunds();
  const view = useApiError(funds.error);
  const queryClient = useQueryClient();
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // It blocked a submit: move focus to it so the person learns why.
    if (funds.active) banner.current?.focus();
  }, [funds.active]);
  if (!funds.active || !view) return null;
  const addFunds = async () => {
    await api('/wallet/topup', { method: 'POST', ...json({ amount: 5 }) });
    funds.resolve();
    await queryClient.invalidateQueries({ queryKey: ['wallet'] });
  };
  return (
    <div ref={banner} tabIndex={-1} role="alert" data-demo-banner="critical" aria-labelledby="funds-banner-title">
      <h2 id="funds-banner-title">
        <span data-demo-sr-only="">Error: </span>
        {view.title}
      </h2>
      {view.description ? <p>{view.description}</p> : null}
      <p>What you entered is kept.</p>
      <button type="button" data-errata-button="primary" onClick={() => void addFunds()}>
        {view.action ?? 'Add funds'}
      </button>
    </div>
  );
}

/** The quota banner: used / limit when the server sent them. */
function QuotaBanner() {
  const quota = useQuota();
  const view = useApiError(quota.error);
  if (!quota.active || !view) return null;
  return (
    <div role="alert" data-demo-banner="warning" aria-labelledby="quota-banner-title">
      <h2 id="quota-banner-title">
        <span data-demo-sr-only="">Warning: </span>
        {view.title}
      </h2>
      {view.description ? <p>{view.description}</p> : null}
      <button type="button" data-errata-button="secondary" onClick={quota.resolve}>
        Close
      </button>
    </div>
  );
}

/** The offline banner, replaced by a polite "Back online". */
function OfflineBanner() {
  const online = useOnline();
  const [wasOffline, setWasOffline] = useState(false);
  if (!online && !wasOffline) setWasOffline(true);
  return (
    <div role="status">
      {!online ? (
        <div data-demo-banner="warning">
          <strong>Warning:</strong> You're offline. We'll keep trying when the connection returns.
        </div>
      ) : wasOffline ? (
        <p data-demo-sr-only="">Back online</p>
      ) : null}
    </div>
  );
}

/** Blocking states, above the content. */
export function Banners() {
  return (
    <div data-demo-banners="">
      <OfflineBanner />
      <FundsBanner />
      <RateLimitBanner />
      <QuotaBanner />
    </div>
  );
}

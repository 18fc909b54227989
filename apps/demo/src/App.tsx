import { AccountsPanel } from './AccountsPanel.js';
import { Banners } from './Banners.js';
import { CheckForm } from './CheckForm.js';
import { OutageSwitch } from './OutageSwitch.js';
import { Toasts } from './Toasts.js';
import { WalletPanel } from './WalletPanel.js';
import { Watchlist } from './Watchlist.js';

/** The demo page: blocking banners on top, the four vendor-like features, the outage switch, toasts. */
export function App() {
  return (
    <div data-demo-app="">
      <header>
        <h1>Errata demo</h1>
        <p>
          A small app against a local API that fails the way real vendors do. Run out of funds, hit the rate limit,
          fill the watchlist, or switch an outage on, and see where each error lands.
        </p>
      </header>
      <main>
        <Banners />
        <div data-demo-grid="">
          <CheckForm />
          <WalletPanel />
          <Watchlist />
          <AccountsPanel />
          <OutageSwitch />
        </div>
      </main>
      <Toasts />
    </div>
  );
}

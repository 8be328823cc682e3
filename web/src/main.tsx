import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApiError } from './api/client';
import { App } from './App';
import { startI18n } from './i18n';
import { startDashboardEarly } from './pages/Dashboard';
import { preloadedByNode, probablySignedIn, sessionQuery } from './session';
import { listenForFresherAnswers, prefetchPagesWhenIdle } from './sw-api-cache';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      // A refusal (4xx) will not change by asking again; a network blip might.
      retry: (failures, error) =>
        !(error instanceof ApiError && error.status < 500) && failures < 2,
    },
  },
});

// Every page first asks who is signed in: ask before the language and the first render are ready.
void queryClient.prefetchQuery(sessionQuery);
if (window.location.pathname === '/' && (probablySignedIn() || preloadedByNode('/api/dashboard')))
  startDashboardEarly(queryClient);
// Read before anything registers one: a worker already in control means this member was here.
const returning = 'serviceWorker' in navigator ? navigator.serviceWorker.controller : null;
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  listenForFresherAnswers(queryClient);
  prefetchPagesWhenIdle(returning);
}
// The service worker caches the Deck's shell, so the app opens without a connection. Registered
// once the page has loaded and the browser is idle: its install fetches and stores the shell, work
// that on a busy device competed with the first page's own rendering (bench/deck-time-to-usable.ts).
if ('serviceWorker' in navigator && import.meta.env.PROD)
  window.addEventListener('load', () => {
    const register = () =>
      navigator.serviceWorker.register('/sw.js').catch(() => {
        // No service worker (a private window, a browser that refuses it): the Deck works online.
      });
    if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 5_000 });
    else setTimeout(register, 1_000);
  });
// Not a top-level await: one anywhere in the entry turns off the bundler's chunk merging, and the
// first visit then waited on some twenty small scripts instead of one (docs/deck.md).
void startI18n().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </QueryClientProvider>
    </StrictMode>,
  ),
);

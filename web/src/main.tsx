import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApiError } from './api/client';
import { App } from './App';
import { startI18n } from './i18n';
import { startDashboardEarly } from './pages/Dashboard';
import { probablySignedIn, sessionQuery } from './session';
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
if (window.location.pathname === '/' && probablySignedIn()) startDashboardEarly(queryClient);
// The service worker caches the Deck's shell, so the app opens without a connection; registered
// once the page has loaded, so that it never competes with the first page's own requests.
if ('serviceWorker' in navigator && import.meta.env.PROD)
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // No service worker (a private window, a browser that refuses it): the Deck works online.
    });
  });
await startI18n();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);

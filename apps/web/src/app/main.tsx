// First: zod's settings must hold before any contract builds a schema.
import '../lib/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { loadMessages, storedLocale } from '../lib/i18n';
import { queryClient } from '../lib/query-client';
import { sessionQuery } from '../lib/session';
import { Providers } from './providers';
import { router } from './router';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks the #root element');

function render() {
  createRoot(container!).render(
    <StrictMode>
      <Providers>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  );
}

// The reader's language (Swedish unless this browser chose English) arrives before the first
// render, so a returning English reader never sees Swedish first. Should it fail to download,
// Swedish is tried instead.
// Who the reader is is asked meanwhile, so the header and the route guards do not wait for it after
// the first render.
void queryClient.prefetchQuery(sessionQuery);
const locale = storedLocale();
loadMessages(locale)
  .catch(() => loadMessages('sv'))
  .then(render, render);

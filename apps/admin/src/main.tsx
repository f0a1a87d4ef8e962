import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './i18n';
import { createTheme, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { ApiError, setUnauthorizedHandler } from './api/client';
import { router } from './router';
import { ME_KEY, rememberMe, SessionProvider, sessionEnded } from './session/session';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not get better by asking again.
      retry: (count, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

// The session ended under an open screen: forget who is logged in, and RequireLogin sends the
// user to the login page with the current route to come back to. localStorage is not touched.
setUnauthorizedHandler(() => {
  if (queryClient.getQueryData(ME_KEY)) sessionEnded.value = true;
  rememberMe(null);
  queryClient.setQueryData(ME_KEY, null);
});

const theme = createTheme({
  primaryColor: 'red',
  // Shade 7 keeps white button text above 4.5:1 contrast.
  primaryShade: 7,
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
  focusRing: 'auto',
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);

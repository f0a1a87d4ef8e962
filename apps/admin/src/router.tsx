import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireLogin, RequirePermission } from './components/guards';
import { RouteError } from './components/RouteError';
import { SCREENS } from './screens';

const screenRoutes: RouteObject[] = SCREENS.map((s) => {
  const lazy = async () => ({ Component: (await s.load()).default });
  const route: RouteObject = s.permission
    ? {
        element: <RequirePermission permission={s.permission} />,
        children: [s.path === '' ? { index: true, lazy } : { path: s.path, lazy }],
      }
    : s.path === ''
      ? { index: true, lazy }
      : { path: s.path, lazy };
  return route;
});

export const router = createBrowserRouter(
  [
    {
      path: '/login',
      lazy: async () => ({ Component: (await import('./routes/login/LoginPage')).default }),
      errorElement: <RouteError />,
    },
    {
      path: '/',
      element: <RequireLogin />,
      errorElement: <RouteError />,
      children: [
        {
          lazy: async () => ({ Component: (await import('./components/AppLayout')).default }),
          children: [
            ...screenRoutes,
            {
              path: '*',
              lazy: async () => ({ Component: (await import('./routes/NotFoundPage')).default }),
            },
          ],
        },
      ],
    },
  ],
  { basename: '/admin' },
);

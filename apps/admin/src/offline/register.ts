/**
 * Registers the admin's service worker (built to /admin/sw.js, see src/offline/service-worker.js)
 * so the shell opens without a network. Called once the user is inside the app: the login page
 * stays light, and only people with work to keep need the offline shell.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .register('/admin/sw.js', { scope: '/admin/' })
    .catch((e: unknown) => console.warn('service worker not registered', e));
}

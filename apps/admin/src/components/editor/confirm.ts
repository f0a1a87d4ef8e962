/** A plain confirmation (no @mantine/modals installed): the browser's own dialog is keyboard-safe. */
export const modals = {
  confirm(text: string, then: () => void): void {
    if (window.confirm(text)) then();
  },
};
